#!/usr/bin/env python3
"""A long log made of the project's own samples: every plain log of samples/ (each format,
cause and healthy boot) appended again and again until OUT holds MB megabytes, each copy's
bracketed stamps moved past the copy before and its hashed pointers renumbered, so that the
result is one long, monotonic, real-looking log whose lines rarely repeat byte for byte.
Deterministic. Usage: gen-samples-log.py SAMPLES OUT MB"""
import random
import sys

from sample_logs import plain_logs, renumber

samples, out, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
rnd = random.Random(20261203)
logs = [body for _, body in plain_logs(samples)]
target = mb * 1024 * 1024
written = 0
offset = 0
with open(out, "wb") as f:
    while written < target:
        body, last = renumber(logs[rnd.randrange(len(logs))], offset, rnd.getrandbits(64))
        if not body.endswith(b"\n"):
            body += b"\n"
        f.write(body)
        written += len(body)
        offset = last + rnd.randrange(1_000, 2_000_000)
