package io.xrunlens.parser;

import io.xrunlens.event.Message;
import io.xrunlens.format.KernelTextFramer;
import io.xrunlens.record.Record;
import java.util.function.BooleanSupplier;

/**
 * Splits an input into boots. A log often holds several: serial captures across resets,
 * journald exports, concatenated field logs. Channel numbers, descriptor pointers and the
 * kernel version only mean something within one boot.
 *
 * <p>A boot starts at a boot banner ("Booting Linux", "Linux version") once the current boot
 * already has kernel output that is not part of its own start (lines stamped in its first
 * second before any banner are: 32-bit PowerPC prints "Total memory = 1024MB; using 2048kB for
 * hash table" before "Linux version"), or shows that banner already
 * (short logs appended one after another), or when the clock jumps back to near zero, or, in
 * one machine's kernel log, its uptime back by more than a minute or back to where the boot
 * began (another excerpt, or the same one pasted again), or, in an
 * input whose clock is a date, back from a date to a boot's uptime: a dmesg excerpt, or a reply
 * quoting one, appended to such a log (its records keep the kernel's own stamps).
 */
final class BootTracker {
    /** Records this close to the previous banner belong to the same start-up. */
    private static final int BANNER_GAP_RECORDS = 50;
    /** A clock that jumps back to below this (seconds) is a new boot, not jitter. */
    private static final long RESET_BELOW_MICROS = 10_000_000L;
    /** Lines stamped before this, ahead of a boot's first banner stamped so too, are that boot's start. */
    private static final long START_MICROS = 1_000_000L;
    /** Small backwards steps happen between CPUs; only a clear jump back counts. */
    private static final long BACKWARDS_SLACK_MICROS = 1_000_000L;
    /**
     * A kernel's uptime that jumps back by more than this is another excerpt: a second boot's,
     * or the same boot's dumped again (a script appending "dmesg | tail" every hour). One boot's
     * stamps go back by milliseconds between CPUs, never by a minute.
     */
    private static final long EXCERPT_JUMP_MICROS = 60_000_000L;
    /** A clock past this is a date (2000-01-01, in microseconds since 1970). */
    private static final long DATE_FROM_MICROS = 946_684_800_000_000L;
    /**
     * A clock below this (ten years) is an uptime, or a date never set: one boot's dates never
     * go back to there (a board without a clock goes forward, from 1970).
     */
    private static final long UPTIME_BELOW_MICROS = 315_360_000_000_000L;

    /**
     * Whether the input's own clock is a date: asked only at such a jump. Where it is the
     * kernel's uptime (a serial console's capture keeps the kernel's stamps and dates only the
     * lines without one), a date before an uptime is that input's habit, not another log.
     */
    private final BooleanSupplier datedInput;
    /**
     * Whether the input is one machine's kernel log (dmesg, kmsg, a serial console): only there
     * does an uptime that jumps back by minutes mean another excerpt. A syslog may interleave
     * the kernel lines of several boards, each with its own uptime.
     */
    private final boolean oneMachine;

    BootTracker(BooleanSupplier datedInput, boolean oneMachine) {
        this.datedInput = datedInput;
        this.oneMachine = oneMachine;
    }

    private int boot;
    private boolean hasKernelOutput;
    private long recordsSinceBanner = Long.MAX_VALUE / 2;
    private long maxMicros = Record.NO_TIME;
    /** The boot's first time: a jump back to it, or before it, is the same log again (pasted twice). */
    private long firstMicros = Record.NO_TIME;
    /** The banners this boot has shown: "Booting Linux" (1), "Linux version" (2). */
    private int bannersSeen;

    /** Returns the boot index of this record, starting a new boot where the evidence says so. */
    int assign(Record record, Message message) {
        int banner = message instanceof Message.BootBanner ? 1 : message instanceof Message.KernelVersion ? 2 : 0;
        // The origin only matters for a record without a time (a timed one is kernel output anyway).
        return assign(record.micros(), !record.hasTime() && KernelTextFramer.looksKernel(record.driver(),
                record.device()), banner);
    }

    /** The same for a record known only by its clock (a skimmed line): never a banner. */
    int assign(long micros, boolean hasOrigin) {
        return assign(micros, hasOrigin, 0);
    }

    private int assign(long micros, boolean hasOrigin, int banner) {
        if (banner != 0) {
            // The kernel prints each banner once per boot: the same one again, however close, is the next boot's.
            if (hasKernelOutput && !onlyItsStart(micros)
                    && (recordsSinceBanner > BANNER_GAP_RECORDS || (bannersSeen & banner) != 0)) {
                newBoot();
            }
            bannersSeen |= banner;
            recordsSinceBanner = 0;
        } else {
            recordsSinceBanner++;
        }
        boolean hasTime = micros != Record.NO_TIME;
        if (hasTime) {
            long t = micros;
            if (maxMicros != Record.NO_TIME && (clockRestarted(t) || anotherExcerpt(t) || anotherLogsUptime(t))) {
                // the banner (if any) came first and already split
                newBoot();
            }
            firstMicros = maxMicros == Record.NO_TIME ? t : firstMicros;
            maxMicros = maxMicros == Record.NO_TIME ? t : Math.max(maxMicros, t);
        }
        if (hasTime || hasOrigin) {
            hasKernelOutput = true;
        }
        return boot;
    }

    /**
     * Whether the boot so far is only lines stamped in its first second, ahead of its first
     * banner, which is stamped so too: the start the banner belongs to, not another boot.
     */
    private boolean onlyItsStart(long micros) {
        return bannersSeen == 0 && maxMicros != Record.NO_TIME && maxMicros < START_MICROS
                && micros != Record.NO_TIME && micros < START_MICROS;
    }

    /** The clock went back to near zero: the kernel started again. */
    private boolean clockRestarted(long t) {
        return t < RESET_BELOW_MICROS && t < maxMicros - BACKWARDS_SLACK_MICROS;
    }

    /**
     * One machine's uptime went back by minutes, or to where the boot began: another excerpt
     * (a second boot's, the same boot dumped again, the same one pasted twice).
     */
    private boolean anotherExcerpt(long t) {
        return oneMachine && maxMicros < DATE_FROM_MICROS && t < maxMicros - BACKWARDS_SLACK_MICROS
                && (t < maxMicros - EXCERPT_JUMP_MICROS || t <= firstMicros);
    }

    /** A dated input went back from a date to a boot's uptime: a dmesg excerpt appended to it. */
    private boolean anotherLogsUptime(long t) {
        return maxMicros >= DATE_FROM_MICROS && t < UPTIME_BELOW_MICROS && datedInput.getAsBoolean();
    }

    /** Journal boot separators and similar wrapper evidence start a boot directly. */
    void separator() {
        if (hasKernelOutput) {
            newBoot();
        }
    }

    int boots() {
        return boot + 1;
    }

    private void newBoot() {
        boot++;
        bannersSeen = 0;
        hasKernelOutput = false;
        maxMicros = Record.NO_TIME;
    }
}
