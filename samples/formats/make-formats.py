#!/usr/bin/env python3
"""Renders samples/synthetic/stock-5.4-race.log in every log format xrunlens reads.

The same records, so every format must give the same findings (times aside). Run from the
repository root: python3 samples/formats/make-formats.py
"""
import datetime, gzip, json, re

SRC = 'samples/synthetic/stock-5.4-race.log'
OUT = 'samples/formats/'
BOOT = datetime.datetime(2026, 11, 24, 10, 0, 0)
HOST = 'imx6board'

recs = []
for line in open(SRC).read().splitlines():
    m = re.match(r'\[ *(\d+)\.(\d+)\] (.*)', line)
    recs.append((int(m.group(1)) * 1000000 + int(m.group(2)), m.group(3)))

def level(msg):
    return 7 if ('sdma' in msg and ('channel' in msg or 'entry' in msg or 'txd' in msg or '=' in msg)) \
        or 'write error' in msg else 6

def wall(us):
    return BOOT + datetime.timedelta(microseconds=us)

def dmesg_ts(us):
    return '[%5d.%06d]' % (us // 1000000, us % 1000000)

def write(name, lines, newline='\n'):
    open(OUT + name, 'w', newline='').write(newline.join(lines) + newline)

LEVELS = ['emerg', 'alert', 'crit', 'err', 'warn', 'notice', 'info', 'debug']
write('dmesg-r.log', ['<%d>%s %s' % (level(m), dmesg_ts(t), m) for t, m in recs])
write('dmesg-T.log', ['[%s] %s' % (wall(t).strftime('%a %b %e %H:%M:%S %Y'), m) for t, m in recs])
write('dmesg-d.log', ['%s <%12.6f>] %s' % (dmesg_ts(t)[:-1], (t - recs[i - 1][0]) / 1e6 if i else 0, m)
                      for i, (t, m) in enumerate(recs)])
write('dmesg-H.log', [('[%s] %s' % (wall(t).strftime('%b%d %H:%M'), m)) if i == 0 or t - recs[i - 1][0] > 60e6
                      else '[%+11.6f] %s' % ((t - recs[i - 1][0]) / 1e6, m) for i, (t, m) in enumerate(recs)])
write('dmesg-x.log', ['kern  :%-6s: %s %s' % (LEVELS[level(m)], dmesg_ts(t), m) for t, m in recs])
write('dmesg-iso.log', ['%s,%06d+00:00 %s' % (wall(t).strftime('%Y-%m-%dT%H:%M:%S'), wall(t).microsecond, m)
                        for t, m in recs])
kmsg = []
for i, (t, m) in enumerate(recs):
    kmsg.append('%d,%d,%d,-;%s' % (level(m), 1000 + i, t, m))
    if m.startswith('imx-sdma 20ec000.sdma: '):
        kmsg += [' SUBSYSTEM=platform', ' DEVICE=+platform:20ec000.sdma']
write('kmsg.log', kmsg)
write('journal-short-monotonic.log', ['-- Logs begin at Tue 2026-11-24 10:00:00 UTC. --'] +
      ['%s %s kernel: %s' % (dmesg_ts(t), HOST, m) for t, m in recs])
write('journal-short.log', ['-- Journal begins at Tue 2026-11-24 10:00:00 UTC. --'] +
      ['%s %s kernel: %s' % (wall(t).strftime('%b %d %H:%M:%S'), HOST, m) for t, m in recs])
write('journal-short-precise.log', ['%s %s kernel: %s' % (wall(t).strftime('%b %d %H:%M:%S.%f'), HOST, m)
                                    for t, m in recs])
# journalctl -k -o short-precise --no-hostname
write('journal-no-hostname.log', ['%s kernel: %s' % (wall(t).strftime('%b %d %H:%M:%S.%f'), m) for t, m in recs])
# journalctl -o short-precise pasted with the date and host cut off (a trimmed journal)
write('journal-trimmed.log', ['%s kernel: %s' % (wall(t).strftime('%H:%M:%S.%f'), m) for t, m in recs])
write('journal-short-iso-precise.log', ['%s+00:00 %s kernel: %s' % (wall(t).strftime('%Y-%m-%dT%H:%M:%S.%f'),
                                                                    HOST, m) for t, m in recs])
write('rsyslog-kern.log', ['%s %s kernel: %s %s' % (wall(t).strftime('%b %e %H:%M:%S'), HOST, dmesg_ts(t), m)
                           for t, m in recs])
write('busybox-messages.log', ['%s %s kern.%s kernel: %s %s' % (wall(t).strftime('%b %e %H:%M:%S'), HOST,
                               LEVELS[level(m)].replace('err', 'err'), dmesg_ts(t), m) for t, m in recs])
# RFC 5424, as rsyslog forwards and keeps it: the priority is the level (the kernel's facility is 0), the
# kernel's stamp stripped (imklog's default); its first records carry structured data, as a relay adds
write('rsyslog-5424.log', ['<%d>1 %s+00:00 %s kernel - - %s %s' % (level(m), wall(t).strftime('%Y-%m-%dT%H:%M:%S.%f'),
                           HOST, '[meta sequenceId="%d"]' % i if i < 5 else '-', m) for i, (t, m) in enumerate(recs)])
# OpenWrt's logread: ctime's date and year, the facility and level, the kernel's stamp kept
write('openwrt-logread.log', ['%s kern.%s kernel: %s %s' % (wall(t).strftime('%a %b %e %H:%M:%S %Y'),
                              LEVELS[level(m)], dmesg_ts(t), m) for t, m in recs])
write('logcat-kernel.log', ['%s.%03d     0     0 %s %s' % (wall(t).strftime('%m-%d %H:%M:%S'),
                            wall(t).microsecond // 1000, 'D' if level(m) == 7 else 'I', m) for t, m in recs])
write('logcat-time.log', ['%s.%03d %s/kernel  (    0): %s' % (wall(t).strftime('%m-%d %H:%M:%S'),
                          wall(t).microsecond // 1000, 'D' if level(m) == 7 else 'I', m) for t, m in recs])
jl = []
for i, (t, m) in enumerate(recs):
    o = {'__CURSOR': 's=1;i=%x' % i, '__REALTIME_TIMESTAMP': str(int(wall(t).timestamp() * 1e6)),
         '__MONOTONIC_TIMESTAMP': str(t + 17), '_BOOT_ID': '3f1c0a5e9d2b4c6e8f0a1b2c3d4e5f60',
         'PRIORITY': str(level(m)), 'SYSLOG_FACILITY': '0', 'SYSLOG_IDENTIFIER': 'kernel',
         '_TRANSPORT': 'kernel', '_SOURCE_MONOTONIC_TIMESTAMP': str(t), 'MESSAGE': m}
    if 'XRUN' in m:
        o['MESSAGE'] = list(m.encode())   # journald writes non-UTF-8-safe messages as byte arrays
    jl.append(json.dumps(o, sort_keys=True))
write('journal.json', jl)
# A serial console: terminal timestamps, CRLF, colour, user space talking in between, line noise.
con = ['\x1b[0mU-Boot 2020.04 (Nov 03 2020 - 10:00:00 +0000)', 'Starting kernel ...', '\x00\xff\xfe']
for i, (t, m) in enumerate(recs):
    stamp = (BOOT + datetime.timedelta(seconds=3, microseconds=t)).strftime('%Y-%m-%d %H:%M:%S.%f')[:-3]
    con.append('[%s] \x1b[32m%s\x1b[0m %s' % (stamp, dmesg_ts(t), m))
    if i == 20:
        con.append('[%s] Welcome to Poky (Yocto Project Reference Distro) 3.1 imx6board ttymxc0' % stamp)
        con.append('[%s] imx6board login: root' % stamp)
write('serial-console.log', con, newline='\r\n')
with open(SRC, 'rb') as f, gzip.GzipFile(OUT + 'dmesg.log.gz', 'wb', mtime=0) as g:
    g.write(f.read())
# xz, zstd and bzip2 copies are made with the command-line tools:
#   xz -c SRC > dmesg.log.xz; zstd -c SRC > dmesg.log.zst; bzip2 -c SRC > dmesg.log.bz2
