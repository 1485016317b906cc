#!/usr/bin/env python3
"""Writes a plain dmesg log again as the other formats people capture it in, each line as that
format prints it (deterministic): dmesg -T, dmesg -x, /dev/kmsg, journalctl -o short-iso,
RFC 5424 syslog (rsyslog's forwarding format), journalctl -o json, -o short-full and -o short-unix,
OpenWrt's logread, journalctl in Russian (a month that is not ASCII, as glibc abbreviates it) and a
serial console's capture with the terminal's time stamps.
Usage: wrap-formats.py LOG OUT_PREFIX [LINES]; writes OUT_PREFIX.FORMAT.log."""
import datetime
import json
import re
import sys

STAMP = re.compile(r"^\[\s*(\d+)\.(\d+)\] ?(.*)$")
BOOT = datetime.datetime(2026, 11, 24, 10, 0, 0)
# glibc's abbreviated months in ru_RU.UTF-8 (journalctl's %b)
RU_MONTHS = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]


def main():
    src, prefix = sys.argv[1], sys.argv[2]
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else None
    names = ["dmesg-T", "dmesg-x", "kmsg", "short-iso", "rfc5424", "json", "short-full", "short-unix", "logread", "ru",
             "serial"]
    outs = {n: open("%s.%s.log" % (prefix, n), "w", encoding="utf-8") for n in names}
    with open(src, "rb") as f:
        for n, raw in enumerate(f):
            if limit is not None and n >= limit:
                break
            m = STAMP.match(raw.decode("utf-8", "replace").rstrip("\n"))
            if not m:
                continue
            sec, frac, msg = int(m.group(1)), m.group(2), m.group(3)
            at = BOOT + datetime.timedelta(seconds=sec)
            outs["dmesg-T"].write("[%s] %s\n" % (at.strftime("%a %b %e %H:%M:%S %Y"), msg))
            outs["dmesg-x"].write("kern  :info  : [%5d.%s] %s\n" % (sec, frac, msg))
            outs["kmsg"].write("6,%d,%d%s,-;%s\n" % (n, sec, frac, msg))
            outs["short-iso"].write("%s.%s+0000 board kernel: %s\n" % (at.strftime("%Y-%m-%dT%H:%M:%S"), frac, msg))
            outs["rfc5424"].write("<6>1 %s.%s+00:00 board kernel - - - %s\n" % (at.strftime("%Y-%m-%dT%H:%M:%S"), frac, msg))
            micros = (1764000000 + sec) * 1000000 + int(frac)
            outs["json"].write(json.dumps({"__REALTIME_TIMESTAMP": str(micros), "_BOOT_ID": "b0", "PRIORITY": "6",
                                           "_SOURCE_MONOTONIC_TIMESTAMP": "%d%s" % (sec, frac),
                                           "SYSLOG_IDENTIFIER": "kernel", "MESSAGE": msg}) + "\n")
            outs["short-full"].write("%s.%s UTC board kernel: %s\n" % (at.strftime("%a %Y-%m-%d %H:%M:%S"), frac, msg))
            outs["short-unix"].write("%d.%s board kernel: %s\n" % (micros // 1000000, frac, msg))
            outs["logread"].write("%s kern.info kernel: [%5d.%s] %s\n" % (at.strftime("%a %b %e %H:%M:%S %Y"), sec, frac, msg))
            outs["serial"].write("[%s.%s] [%5d.%s] %s\n" % (at.strftime("%Y-%m-%d %H:%M:%S"), frac[:3], sec, frac, msg))
            outs["ru"].write("%s %s.%s board kernel: %s\n" % (RU_MONTHS[at.month - 1], at.strftime("%d %H:%M:%S"), frac, msg))
    for f in outs.values():
        f.close()


if __name__ == "__main__":
    main()
