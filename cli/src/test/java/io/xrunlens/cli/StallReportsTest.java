package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stall report of the kernel's core is a finding for its heading, not one for each of its
 * detail lines (a CPU's table, the jiffies, the hint on silencing it): written from the formats
 * of kernel/rcu/tree_stall.h, kernel/watchdog.c and kernel/hung_task.c.
 */
class StallReportsTest {
    @TempDir
    Path dir;

    private int latencyFindings(String log) throws Exception {
        Path file = dir.resolve("stall.log");
        Files.writeString(file, log);
        Cli json = Cli.run("analyze", "--format", "json", file.toString());
        assertFalse(json.out().contains("jiffies g="), json.out()); // no detail line quoted
        return json.out().split("\"rule\" : \"system-latency\"", -1).length - 1;
    }

    @Test
    void anRcuStallIsItsHeadingsFindings() throws Exception {
        assertEquals(3, latencyFindings("""
                [  500.000000] rcu: INFO: rcu_sched self-detected stall on CPU
                [  500.000010] rcu: \t0-....: (2100 ticks this GP) idle=1234/1/0x4000000000000002 softirq=1000/1000 fqs=1000
                [  500.000020] \t(t=2100 jiffies g=5000 q=100 ncpus=4)
                [  520.000000] rcu: INFO: rcu_preempt detected stalls on CPUs/tasks:
                [  520.000020] \t(detected by 0, t=5252 jiffies, g=9000, q=12 ncpus=4)
                [  520.000030] rcu: rcu_preempt kthread starved for 525 jiffies! g9000 f0x0 RCU_GP_WAIT_FQS(5) ->state=0x2 ->cpu=1
                [  520.000040] rcu: \tUnless rcu_preempt kthread gets sufficient CPU time, OOM is now expected behavior.
                [  520.000050] rcu: RCU grace-period kthread stack dump:
                """));
    }

    @Test
    void aSoftLockupIsOneFinding() throws Exception {
        assertEquals(1, latencyFindings("""
                [  300.000000] watchdog: BUG: soft lockup - CPU#1 stuck for 23s! [arecord:412]
                [  300.000010] CPU#1 Utilization every 4s during lockup:
                [  300.000020] \t#1: 100% system,\t  0% softirq,\t  0% hardirq,\t  0% idle
                [  300.000030] CPU#1 Detect HardIRQ Time exceeds 50%. Most frequent HardIRQs:
                [  300.000040] \t#1: 12345     \tirq#27
                """));
    }
}
