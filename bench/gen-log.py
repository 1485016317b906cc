#!/usr/bin/env python3
"""Writes a large mixed kernel log for benchmarks: noise from many subsystems, a running
capture stream with period interrupts (dynamic debug on imx-sdma, virt-dma and pcm_lib), a
benign XRUN recovery now and then, and the imx-sdma terminate/prep race every ~20 MB.

usage: gen-log.py OUT SIZE_MB [RACE_EVERY_MB]    (deterministic: same arguments, same bytes)
Prints the number of races written, so the benchmark can check that all are found.
"""
import random
import sys

out, size_mb = sys.argv[1], int(sys.argv[2])
race_every = int(sys.argv[3]) if len(sys.argv) > 3 else 20
rnd = random.Random(20261124)
SD = 'imx-sdma 20ec000.sdma: '
SND = 'imx-sgtl5000 sound: '
NOISE = [
    'usb 1-1: new high-speed USB device number %d using ci_hdrc',
    'fec 2188000.ethernet eth0: Link is Up - 1Gbps/Full - flow control rx/tx',
    'IPv6: ADDRCONF(NETDEV_CHANGE): eth0: link becomes ready',
    'mmc2: new DDR MMC card at address %04x',
    'EXT4-fs (mmcblk3p2): re-mounted. Opts: (null)',
    'systemd-journald[%d]: Received SIGTERM from PID 1 (systemd).',
    'audit: type=1400 audit(%d.123:45): apparmor="STATUS" operation="profile_load"',
    'random: crng reseeded on system resumption',
    'wlan0: associated',
    'brcmfmac: brcmf_c_preinit_dcmds: Firmware: BCM4339/2 wl0: Mar 30 2021 01:23:45 version 6.37.39',
    'imx-pgc-pd imx-pgc-power-domain.%d: failed to command PGC',
    'thermal thermal_zone0: critical temperature reached (%d C), shutting down',
    'CPU%d: shutdown',
    'Bluetooth: hci0: command 0x%04x tx timeout',
    'sgtl5000 0-000a: ASoC: no sink widget found for Headphone',
    'cfg80211: Loading compiled-in X.509 certificates for regulatory database',
]
t = 100.0
written = 0
races = 0
limit = size_mb * 1024 * 1024
next_race = race_every * 1024 * 1024
txd = 0x10000000
cookie = 2


def line(msg):
    global t, written
    s = '[%12.6f] %s\n' % (t, msg)
    f.write(s)
    written += len(s)


def prep(ch, new_txd, load=True):
    global cookie
    line(SD + 'sdma_prep_dma_cyclic channel: %d' % ch)
    if load:
        for s in ('load_address = 1680', 'wml = 0x00000010', 'shp_addr = 0x0200c000'):
            line(SD + s)
    for i in range(4):
        line(SD + 'entry %d: count: 1024 dma: 0x%08x %s' % (i, 0x4c800000 + i * 1024,
                                                            'wrap intr' if i == 3 else 'intr'))
    cookie += 1
    line(SD + 'vchan 5e7e2c7a: txd %08x[%x]: submitted' % (new_txd, cookie))


with open(out, 'w') as f:
    line('Booting Linux on physical CPU 0x0')
    line('Linux version 5.4.70 (oe-user@oe-host) (gcc version 9.3.0 (GCC)) #1 SMP PREEMPT')
    current = txd
    prep(2, current)
    while written < limit:
        r = rnd.random()
        t += rnd.random() * 0.002
        if r < 0.55:
            n = rnd.choice(NOISE)
            line(n % rnd.randint(1, 9999) if '%' in n else n)
        elif r < 0.95:
            # a period interrupt of the running capture stream
            line(SND + 'snd_pcm_period_elapsed()')
            line(SD + 'sdma_tx_status channel: 2')
        elif r < 0.951:
            # a benign XRUN recovery: the worker frees before the new prep
            line(SND + 'XRUN: pcmC0D0c:0')
            t += 0.0012
            line(SD + 'txd %08x: freeing' % current)
            t += 0.0005
            txd += 1
            current = txd
            prep(2, current, load=False)
        else:
            line('usb 1-1: device descriptor read/64, error -71')
        if written >= next_race:
            # the race: new prep before the late worker frees old and new descriptors
            line(SND + 'XRUN: pcmC0D0c:0')
            t += 0.0003
            txd += 1
            old, current = current, txd
            prep(2, current, load=False)
            t += 0.0011
            line(SD + 'txd %08x: freeing' % old)
            line(SD + 'txd %08x: freeing' % current)
            t += 10.5
            line(SND + 'capture write error (DMA or IRQ trouble?)')
            races += 1
            next_race += race_every * 1024 * 1024
            # user space closes and reopens the stream
            t += 0.2
            txd += 1
            current = txd
            prep(2, current)
print(races)
