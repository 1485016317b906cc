#!/usr/bin/env python3
"""Writes a large dmesg log of printk messages drawn from a kernel tree, every line with new values.

    bench/gen-random-log.py TREE OUT SIZE_MB [SEED]

The "random" kind of bench/run.sh: every dev_*/pr_* message of TREE's drivers, sound, net, fs,
kernel, mm and block folders (all levels), shuffled again on each pass over them, its conversions
filled with made-up values, under the name its driver registers (as bench/random-messages.py
writes one draw). No line is written from this project's samples or rules, so the memos of lines
and shapes meet what a log of a thousand drivers gives them: tens of thousands of shapes, each
seen again only after all the others. TREE is an unpacked kernel source (apt-get install
linux-source-6.12; tar xf /usr/src/linux-source-6.12.tar.xz). Deterministic for a tree and seed.
"""
import importlib.util
import os
import random
import sys

FOLDERS = ['drivers', 'sound', 'net', 'fs', 'kernel', 'mm', 'block']
LEVELS = ['err', 'warn', 'info', 'notice', 'debug']


def load_draws():
    spec = importlib.util.spec_from_file_location(
        'random_messages', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'random-messages.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    tree, out, size_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rnd = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    rm = load_draws()
    drawn = rm.messages(tree, FOLDERS, LEVELS)
    if not drawn:
        sys.exit('no printk message found under %s: is it an unpacked kernel tree?' % tree)
    registered, of_folder = rm.drivers_of_files()
    limit = size_mb * 1048576
    size = 0
    t = 10.0
    with open(out, 'w') as log:
        log.write('[    0.000000] Linux version 6.12.9 (builder@ci) (gcc 12.2.0) #1 SMP PREEMPT\n')
        while size < limit:
            rnd.shuffle(drawn)
            for _, call, file, fmt in drawn:
                t += rnd.random() * 0.01
                line = '[%12.6f] %s\n' % (t, rm.printed(call, file, fmt, rnd, registered, of_folder))
                log.write(line)
                size += len(line)
                if size >= limit:
                    break


if __name__ == '__main__':
    main()
