#!/usr/bin/env python3
"""A soak rig's dmesg: one boot that runs for days, a busy board's lines with new numbers on
nearly every one, and an i.MX6 capture stream whose XRUN recovery races the SDMA terminate
worker every few seconds to a minute (the report's sequence: XRUN, prep, BD entries, submit,
the worker's frees, the stall ten seconds later), on one of two channels. No reboot and no
quiet gap of minutes, so the analysis must chain the boot in parts to stay in bounded memory.
Deterministic (seeded). Prints the number of races written. Usage: gen-soak.py OUT MB"""
import random
import sys

out, mb = sys.argv[1], int(sys.argv[2])
rnd = random.Random(20261204)


def h32():
    return "%08x" % rnd.getrandbits(32)


BACKGROUND = [
    lambda: "usb %d-%d: new high-speed USB device number %d using ci_hdrc" % (
        rnd.randint(1, 2), rnd.randint(1, 4), rnd.randint(2, 127)),
    lambda: "audit: type=1400 audit(%d.%03d:%d): apparmor=\"DENIED\" operation=\"open\" pid=%d" % (
        1700000000 + rnd.randint(0, 10 ** 6), rnd.randint(0, 999), rnd.randint(1, 10 ** 6), rnd.randint(100, 32000)),
    lambda: "fec 2188000.ethernet eth0: Link is Up - 1Gbps/Full - flow control rx/tx",
    lambda: "mmc%d: error %d whilst initialising SD card" % (rnd.randint(0, 2), -rnd.randint(1, 125)),
    lambda: "imx_thermal tempmon: temperature %d above passive trip point" % rnd.randint(40000, 99000),
    lambda: "systemd-journald[%d]: /dev/kmsg buffer overrun, some messages lost." % rnd.randint(100, 999),
    lambda: "random: crng reseeded %d times" % rnd.randint(1, 10 ** 6),
    lambda: "i2c i2c-%d: NAK from device addr 0x%02x msg #%d" % (rnd.randint(0, 2), rnd.getrandbits(7), rnd.randint(0, 3)),
    lambda: "snd_pcm_capture_avail: hw_ptr: %d, appl_ptr: %d, avail: %d, boundary: 1073741824" % (
        rnd.randint(0, 10 ** 8), rnd.randint(0, 10 ** 8), rnd.randint(0, 4096)),
    lambda: "imx-sdma 20ec000.sdma: sdma_tx_status channel: %d" % rnd.randint(1, 4),
]

t = [0.0]
lines = []


def emit(f, text):
    f.write("[%12.6f] %s\n" % (t[0], text))


def race(f, channel):
    """The report's sequence on one channel, with new pointers; the stall comes ten seconds on."""
    emit(f, "imx-sgtl5000 sound: XRUN: pcmC0D0c:0")
    t[0] += 0.000324
    emit(f, "imx-sdma 20ec000.sdma: sdma_prep_dma_cyclic channel: %d" % channel)
    base = rnd.getrandbits(20) << 12 | 0x40000000
    for i in range(4):
        t[0] += 0.000009
        emit(f, "imx-sdma 20ec000.sdma: entry %d: count: 1024 dma: 0x%08x %sintr" % (
            i, base + i * 1024, "wrap " if i == 3 else ""))
    new, old = h32(), h32()
    t[0] += 0.000009
    emit(f, "imx-sdma 20ec000.sdma: vchan %s: txd %s[%d]: submitted" % (h32(), new, rnd.randint(1, 9999)))
    t[0] += 0.001212
    emit(f, "imx-sdma 20ec000.sdma: txd %s: freeing" % old)
    t[0] += 0.000025
    emit(f, "imx-sdma 20ec000.sdma: txd %s: freeing" % new)


target = mb * 1024 * 1024
races = 0
with open(out, "w") as f:
    f.write("[    0.000000] Booting Linux on physical CPU 0x0\n")
    f.write("[    0.000000] Linux version 5.4.70-2.3.0+g0c2b4b1 (oe-user@oe-host) #1 SMP PREEMPT\n")
    t[0] = 10.0
    next_race = 60.0
    stall_at = None
    while f.tell() < target:
        t[0] += rnd.random() * 0.1
        if stall_at is not None and t[0] >= stall_at:
            emit(f, "imx-sgtl5000 sound: capture write error (DMA or IRQ trouble?)")
            stall_at = None
            next_race = t[0] + 5 + rnd.random() * 55
        elif stall_at is None and t[0] >= next_race:
            race(f, rnd.choice((1, 2)))
            races += 1
            stall_at = t[0] + 10.5
        else:
            emit(f, rnd.choice(BACKGROUND)())
print(races)
