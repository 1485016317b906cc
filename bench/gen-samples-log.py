#!/usr/bin/env python3
"""A long log made of the project's own samples: every plain log of samples/ (each format,
cause and healthy boot) appended again and again until OUT holds MB megabytes, each copy's
bracketed stamps moved past the copy before and its hashed pointers renumbered, so that the
result is one long, monotonic, real-looking log whose lines rarely repeat byte for byte.
Deterministic. Usage: gen-samples-log.py SAMPLES OUT MB"""
import os
import random
import re
import sys

samples, out, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
rnd = random.Random(20261203)
logs = []
for folder, _, names in sorted(os.walk(samples)):
    for name in sorted(names):
        if name.endswith(".log"):
            with open(os.path.join(folder, name), "rb") as f:
                body = f.read()
            if b"\0" not in body:  # the serial-console sample's noise belongs to that sample alone
                logs.append(body)
STAMP = re.compile(rb"\[\s*(\d+)\.(\d{6})\]")
POINTER = re.compile(rb"\b[0-9a-f]{16}\b")
target = mb * 1024 * 1024
written = 0
offset = 0
with open(out, "wb") as f:
    while written < target:
        body = logs[rnd.randrange(len(logs))]
        salt = rnd.getrandbits(64)
        last = [offset]

        def stamp(m):
            t = int(m.group(1)) * 1_000_000 + int(m.group(2)) + offset
            last[0] = max(last[0], t)
            return b"[%5d.%06d]" % (t // 1_000_000, t % 1_000_000)

        body = POINTER.sub(lambda m: b"%016x" % (int(m.group(0), 16) ^ salt), STAMP.sub(stamp, body))
        if not body.endswith(b"\n"):
            body += b"\n"
        f.write(body)
        written += len(body)
        offset = last[0] + rnd.randrange(1_000, 2_000_000)
