#!/usr/bin/env python3
"""A busy board's dmesg where nearly every line carries new numbers: USB enumeration, audit
serials, network link counters, MMC, thermal, cgroup and PCM messages across dozens of
subsystems, plus audio errors now and then. Deterministic (seeded). Usage: gen-busy.py OUT MB"""
import random
import sys

out, mb = sys.argv[1], int(sys.argv[2])
rnd = random.Random(20261203)
T = [0.0]


def stamp():
    T[0] += rnd.random() * 0.004
    return "[%12.6f] " % T[0]


def h():
    return "%016x" % rnd.getrandbits(64)


LINES = [
    lambda: "usb %d-%d.%d: new high-speed USB device number %d using ehci-platform" % (
        rnd.randint(1, 4), rnd.randint(1, 4), rnd.randint(1, 7), rnd.randint(2, 127)),
    lambda: "usb %d-%d: USB disconnect, device number %d" % (rnd.randint(1, 4), rnd.randint(1, 4), rnd.randint(2, 127)),
    lambda: "audit: type=1400 audit(%d.%03d:%d): apparmor=\"DENIED\" operation=\"open\" pid=%d comm=\"svc%d\"" % (
        1700000000 + rnd.randint(0, 10 ** 6), rnd.randint(0, 999), rnd.randint(1, 10 ** 6), rnd.randint(100, 32000),
        rnd.randint(0, 99)),
    lambda: "eth0: rx_packets=%d tx_packets=%d rx_dropped=%d" % (rnd.randint(0, 10 ** 9), rnd.randint(0, 10 ** 9),
                                                                 rnd.randint(0, 999)),
    lambda: "mmc%d: new ultra high speed SDR104 SDHC card at address %04x" % (rnd.randint(0, 2), rnd.getrandbits(16)),
    lambda: "thermal thermal_zone%d: temperature %d above trip point" % (rnd.randint(0, 5), rnd.randint(40000, 99000)),
    lambda: "EXT4-fs (mmcblk%dp%d): mounted filesystem %s with ordered data mode" % (
        rnd.randint(0, 2), rnd.randint(1, 8), h()[:8] + "-" + h()[:4]),
    lambda: "systemd[1]: session-%d.scope: Deactivated successfully, consumed %dms CPU" % (rnd.randint(1, 10 ** 5),
                                                                                            rnd.randint(1, 9999)),
    lambda: "wlan0: Limiting TX power to %d dBm as advertised by %02x:%02x:%02x:%02x:%02x:%02x" % tuple(
        [rnd.randint(10, 30)] + [rnd.getrandbits(8) for _ in range(6)]),
    lambda: "imx-sdma 20ec000.sdma: sdma_prep_dma_cyclic channel: %d" % rnd.randint(1, 31),
    lambda: "vchan %s: txd %s[%x]: submitted" % (h(), h(), rnd.randint(1, 9999)),
    lambda: "snd_pcm_capture_avail: hw_ptr: %d, appl_ptr: %d, avail: %d, boundary: 1073741824" % (
        rnd.randint(0, 10 ** 8), rnd.randint(0, 10 ** 8), rnd.randint(0, 4096)),
    lambda: "cgroup: fork rejected by pids controller in /user.slice/user-%d.slice/session-%d.scope" % (
        rnd.randint(1000, 2000), rnd.randint(1, 10 ** 5)),
    lambda: "rcu: INFO: rcu_preempt detected expedited stalls on CPUs/tasks: { %d-... } %d jiffies s: %d" % (
        rnd.randint(0, 3), rnd.randint(21, 9999), rnd.randint(1, 10 ** 6)) if rnd.random() < 0.001 else
    "random: crng reseeded %d times" % rnd.randint(1, 10 ** 6),
    lambda: "i2c i2c-%d: NAK from device addr 0x%02x msg #%d" % (rnd.randint(0, 4), rnd.getrandbits(7), rnd.randint(0, 3)),
    lambda: "NFS: state manager: check lease failed on NFSv4 server 10.%d.%d.%d with error %d" % (
        rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(0, 255), -rnd.randint(1, 125)),
    lambda: "fsl-sai 30010000.sai: isr: Transmit underrun detected" if rnd.random() < 0.01 else
    "kauditd_printk_skb: %d callbacks suppressed" % rnd.randint(1, 999),
]

target = mb * 1024 * 1024
written = 0
with open(out, "w") as f:
    f.write("[    0.000000] Booting Linux on physical CPU 0x0\n")
    f.write("[    0.000000] Linux version 6.1.55-busy (builder@host) (gcc 12) #1 SMP PREEMPT\n")
    while written < target:
        line = stamp() + rnd.choice(LINES)() + "\n"
        f.write(line)
        written += len(line)
