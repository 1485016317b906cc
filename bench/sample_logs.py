"""What the fleet and samples generators share: the plain logs of samples/, and a copy of one
with its bracketed stamps moved and its hashed pointers renumbered."""
import os
import re

STAMP = re.compile(rb"\[\s*(\d+)\.(\d{6})\]")
POINTER = re.compile(rb"\b[0-9a-f]{16}\b")


def plain_logs(samples):
    """Every .log of the samples folder, in name order, as bytes (the serial-console sample's NUL
    noise belongs to that sample alone and is left out)."""
    logs = []
    for folder, _, names in sorted(os.walk(samples)):
        for name in sorted(names):
            if name.endswith(".log"):
                with open(os.path.join(folder, name), "rb") as f:
                    body = f.read()
                if b"\0" not in body:
                    logs.append((name, body))
    return logs


def renumber(body, offset, salt):
    """The log with every stamp moved by offset microseconds and every pointer xored with salt;
    returns it and its last stamp in microseconds (offset when it has none)."""
    last = [offset]

    def stamp(m):
        t = int(m.group(1)) * 1_000_000 + int(m.group(2)) + offset
        last[0] = max(last[0], t)
        return b"[%5d.%06d]" % (t // 1_000_000, t % 1_000_000)

    body = POINTER.sub(lambda m: b"%016x" % (int(m.group(0), 16) ^ salt), STAMP.sub(stamp, body))
    return body, last[0]
