#!/usr/bin/env python3
"""A fleet of small field logs for the fleet benchmark: COUNT files under OUT, in folders of a
hundred boards, each one of the plain logs of samples/ (every format and cause, healthy boots
too) with its bracketed stamps moved by the board's own offset and its hashed pointers
renumbered, so that no two files are byte-for-byte the same. One file in twenty is gzipped.
Deterministic (seeded). Usage: gen-fleet.py SAMPLES OUT COUNT"""
import gzip
import os
import random
import re
import sys

samples, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
rnd = random.Random(20261203)
logs = []
for folder, _, names in sorted(os.walk(samples)):
    for name in sorted(names):
        if name.endswith(".log"):
            with open(os.path.join(folder, name), "rb") as f:
                logs.append((name, f.read()))
STAMP = re.compile(rb"\[\s*(\d+)\.(\d{6})\]")
POINTER = re.compile(rb"\b[0-9a-f]{16}\b|\b0x[0-9a-f]{8}\b")


def renumber(body, offset, salt):
    def stamp(m):
        t = int(m.group(1)) * 1_000_000 + int(m.group(2)) + offset
        return b"[%5d.%06d]" % (t // 1_000_000, t % 1_000_000)

    def pointer(m):
        v = int(m.group(0)[2:] if m.group(0).startswith(b"0x") else m.group(0), 16) ^ salt
        return (b"0x%08x" % (v & 0xffffffff)) if m.group(0).startswith(b"0x") else b"%016x" % v

    return POINTER.sub(pointer, STAMP.sub(stamp, body))


for i in range(count):
    name, body = logs[rnd.randrange(len(logs))]
    body = renumber(body, rnd.randrange(0, 5_000_000), rnd.getrandbits(64))
    folder = os.path.join(out, "batch-%03d" % (i // 100))
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "board-%06d-%s" % (i, name))
    if i % 20 == 19:
        with gzip.GzipFile(path + ".gz", "wb", mtime=0) as f:
            f.write(body)
    else:
        with open(path, "wb") as f:
            f.write(body)
