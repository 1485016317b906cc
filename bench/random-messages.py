#!/usr/bin/env python3
"""Writes a dmesg log of printk messages drawn at random from a kernel tree's sources.

    bench/random-messages.py TREE SEED LEVELS COUNT OUT [FOLDER...]

TREE is an unpacked kernel source (apt-get install linux-source-6.1; tar xf
/usr/src/linux-source-6.1.tar.xz). LEVELS is a comma-separated list of err, warn, info, notice,
debug. FOLDER defaults to sound and drivers/dma. Each dev_*() message is printed under the
name its driver registers (parser/.../kb/drivers.tsv), or for a shared source (a library, a
subsystem's core) the name of a driver of its folder, else under its source file's name; the
format's conversions get made-up values. OUT.src lists, by line, the level, file and format.

Used to check that messages of drivers that are not audio's stay quiet
(`xrunlens analyze OUT` exits 0) and that audio drivers' errors are read: see
docs/knowledge-base.md.
"""
import os
import random
import re
import sys

CALL = re.compile(r'\b(dev_(?:info|dbg|notice|warn|err|crit)(?:_once|_ratelimited)?|'
                  r'pr_(?:info|debug|notice|warn|err|crit)(?:_once|_ratelimited)?|'
                  r'netdev_(?:info|warn|err)|dev_err_probe|codec_(?:info|dbg|warn|err)|'
                  r'usb_audio_(?:info|dbg|warn|err)|(?:snd_)?printk)\s*\('
                  r'([^;]*?)"((?:[^"\\]|\\.)*)"((?:\s*(?:"(?:[^"\\]|\\.)*"|[A-Z][A-Z0-9_]*\b(?!\s*\()))*)', re.S)
LEVEL = {'info': 'info', 'dbg': 'debug', 'debug': 'debug', 'notice': 'notice', 'warn': 'warn',
         'err': 'err', 'crit': 'err', 'probe': 'err'}
# printk(KERN_ERR "..."): the level is the KERN_ macro before the format
KERN = {'EMERG': 'err', 'ALERT': 'err', 'CRIT': 'err', 'ERR': 'err', 'WARNING': 'warn', 'NOTICE': 'notice',
        'INFO': 'info', 'DEBUG': 'debug'}
CONVERSION = re.compile(r'%([-+ 0#]*\d*(?:\.\d+)?)(?:hh|h|ll|l|z|j|t)?(?:p([a-zA-Z]*)|[diouxXcs%])')
KB = os.path.join(os.path.dirname(__file__), '..', 'parser', 'src', 'main', 'resources', 'io', 'xrunlens', 'kb')


def level_of(call, before):
    """A call's level: its name's level word, or for printk the KERN_ macro before the format (None: none)."""
    if call.endswith('printk'):
        kern = re.search(r'KERN_([A-Z]+)\s*$', before)
        return KERN.get(kern.group(1)) if kern else None
    return next(LEVEL[part] for part in call.split('_') if part in LEVEL)


# a comment, or a string or character literal kept as it is (a "//" or "/*" inside one is no comment)
COMMENT = re.compile(r'//[^\n]*|/\*.*?\*/|("(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')', re.S)


# a file's string macro: #define LOGNAME "snd_msnd_pinnacle"
STRING_MACRO = re.compile(r'^[ \t]*#[ \t]*define[ \t]+(\w+)[ \t]+"((?:[^"\\\n]|\\.)*)"[ \t]*$', re.M)


def without_comments(source):
    """The source without its comments: a call commented out is never printed."""
    return COMMENT.sub(lambda m: m.group(1) or ' ', source)


def messages(tree, folders, levels):
    found = []
    for folder in folders:
        for path, _, files in os.walk(os.path.join(tree, folder)):
            for name in sorted(files):
                if not name.endswith('.c'):
                    continue
                with open(os.path.join(path, name), errors='replace') as f:
                    source = without_comments(f.read())
                strings = dict(STRING_MACRO.findall(source))
                for m in CALL.finditer(source):
                    level = level_of(m.group(1), m.group(2))
                    tail = joined(m.group(4) or '', strings)
                    if tail is None:
                        continue  # a macro of another file's in the middle ("%" PRIu64): its text is not known here
                    fmt = m.group(3) + tail
                    before = re.search(r'(\w+)\s*$', re.sub(r'KERN_[A-Z]+\s*$', '', m.group(2)))  # PREFIX "text": the macro's string first
                    if before and before.group(1) in strings:
                        fmt = strings[before.group(1)] + fmt
                    if level in levels and len(fmt) >= 4:
                        found.append((level, m.group(1), os.path.relpath(os.path.join(path, name), tree), fmt))
    found.sort()
    return found


# the strings after a call's first literal: more literals, or a file's string macro between them
# ("no available " CARD_NAME " audio device\n")
TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|([A-Z][A-Z0-9_]*)')


def joined(rest, strings):
    """The literals and macros after the first literal as one text, or None where a macro is not the file's."""
    text = ''
    for literal, macro in TOKEN.findall(rest):
        if macro:
            if macro not in strings:
                return None
            text += strings[macro]
        else:
            text += literal
    return text


def value(m, rnd):
    spec, c = m.group(0), m.group(0)[-1]
    if spec.startswith('%p'):
        ext = m.group(2) or ''
        if ext.startswith('OF'):
            return '/soc/bus@30000000/sai@30010000'
        if ext.startswith('M'):
            return '00:11:22:33:44:55'
        if ext.startswith('e'):
            return rnd.choice(['-EINVAL', '-ETIMEDOUT', '-EPROBE_DEFER'])
        return '%08x' % rnd.randrange(1 << 32)
    if c in 'di':
        return str(rnd.choice([0, 1, 2, 3, 16, -22, -110, 48000, 44100, rnd.randrange(1000)]))
    if c == 'u':
        return str(rnd.choice([0, 1, 2, 8, 48000, rnd.randrange(100000)]))
    if c in 'xX':
        return '%x' % rnd.randrange(1 << 16)
    if c == 's':
        return rnd.choice(['pcm0p', 'Headphone', 'sai1', 'rx', 'ok', 'usb1', 'HiFi', 'capture'])
    if c == 'c':
        return rnd.choice('RT')
    return '%' if c == '%' else '0'


def main():
    if len(sys.argv) < 6:
        sys.exit(__doc__)
    tree, seed, levels, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(','), int(sys.argv[4]), sys.argv[5]
    folders = sys.argv[6:] or ['sound', 'drivers/dma']
    rnd = random.Random(seed)
    drawn = messages(tree, folders, levels)
    rnd.shuffle(drawn)
    registered, of_folder = drivers_of_files()
    t = 10.0
    with open(out, 'w') as log, open(out + '.src', 'w') as src:
        log.write('[    0.000000] Linux version %s (builder@ci) (gcc 12.2.0) #1 SMP PREEMPT\n' % release_of(tree))
        for n, (level, call, file, fmt) in enumerate(drawn[:count]):
            text = printed(call, file, fmt, rnd, registered, of_folder)
            t += rnd.random() * 0.01
            log.write('[%12.6f] %s\n' % (t, text))
            src.write('%d\t%s\t%s\t%s\n' % (n + 2, level, file, fmt))


def release_of(tree):
    """The tree's release from its Makefile ("6.12.118"), as its boot's "Linux version" line names it."""
    parts = {}
    try:
        with open(os.path.join(tree, 'Makefile')) as makefile:
            for line in makefile:
                m = re.match(r'(VERSION|PATCHLEVEL|SUBLEVEL)\s*=\s*(\d+)', line)
                if m:
                    parts[m.group(1)] = m.group(2)
                if len(parts) == 3:
                    break
    except OSError:
        pass
    return '.'.join(parts.get(k, '0') for k in ('VERSION', 'PATCHLEVEL', 'SUBLEVEL'))


def drivers_of_files():
    """The name each source file registers its driver under, and a driver's name for each folder."""
    registered = {}
    of_folder = {}
    with open(os.path.join(KB, 'drivers.tsv')) as f:
        for line in f:
            if not line.startswith('#') and '\t' in line:
                name, file = line.rstrip('\n').split('\t')[:2]
                registered.setdefault(file, name)
                of_folder.setdefault(os.path.dirname(file), name)
    return registered, of_folder


def printed(call, file, fmt, rnd, registered, of_folder):
    """The message as the kernel prints it: values made up, a dev_*() call's driver and device before it."""
    text = CONVERSION.sub(lambda m: value(m, rnd), fmt.replace('\\n', '').replace('\\t', ' ')
                          .replace('\\"', '"'))
    if call.startswith('dev_') or call.startswith('netdev_'):
        driver = (registered.get(file) or of_folder.get(os.path.dirname(file))
                  or os.path.basename(file)[:-2].replace('_', '-'))
        text = '%s 30010000.%s: %s' % (driver, driver.split('-')[0], text)
    elif call.startswith('codec_'):
        # dev_printk of the HDA codec's device, under the codec driver's module name
        base = os.path.basename(file)[:-2]
        driver = 'snd_hda_codec_' + (base[len('patch_'):] if base.startswith('patch_') else 'generic')
        text = '%s hdaudioC0D0: %s' % (driver, text)
    elif call.startswith('usb_audio_'):
        text = 'usb 1-1: %s' % text  # dev_printk of the USB device, whose driver is "usb"
    return text


if __name__ == '__main__':
    main()
