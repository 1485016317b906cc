#!/usr/bin/env python3
"""A fleet of small field logs for the fleet benchmark: COUNT files under OUT, in folders of a
hundred boards, each one of the plain logs of samples/ (every format and cause, healthy boots
too) with its bracketed stamps moved by the board's own offset and its hashed pointers
renumbered, so that no two files are byte-for-byte the same. One file in twenty is gzipped.
Deterministic (seeded). Usage: gen-fleet.py SAMPLES OUT COUNT"""
import gzip
import os
import random
import sys

from sample_logs import plain_logs, renumber

samples, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
rnd = random.Random(20261203)
logs = plain_logs(samples)
for i in range(count):
    name, body = logs[rnd.randrange(len(logs))]
    body, _ = renumber(body, rnd.randrange(0, 5_000_000), rnd.getrandbits(64))
    folder = os.path.join(out, "batch-%03d" % (i // 100))
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "board-%06d-%s" % (i, name))
    if i % 20 == 19:
        with gzip.GzipFile(path + ".gz", "wb", mtime=0) as f:
            f.write(body)
    else:
        with open(path, "wb") as f:
            f.write(body)
