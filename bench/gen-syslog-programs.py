#!/usr/bin/env python3
"""A board's whole /var/log/syslog: the kernel's lines among many more of other programs.

usage: gen-syslog-programs.py OUT SIZE_MB

The other kinds of bench/ hold the kernel's lines alone (dmesg, journalctl -k). A syslog file as
users attach it holds every program's: systemd, sshd, cron, NetworkManager (whose own clock is
a Unix time in brackets), D-Bus, PipeWire. Here about one line in six is the kernel's, and every
line carries new numbers (pids, ports, addresses, leases, cookies, audit serials), so no memo of
lines or shapes sees a line twice. The kernel's stamps grow with the wrapper's clock, in one boot;
its lines are those of a healthy board (USB, network, audit, file systems, an audio card's probe).
Deterministic: the same arguments write the same bytes.
"""
import random
import sys

R = random.Random(20261205)


def ip():
    return "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


PROGRAMS = [
    (20, "systemd[1]", lambda: R.choice([
        "Started Session %d of User %s." % (R.randint(1, 99999), R.choice(["root", "pi", "admin"])),
        "session-%d.scope: Deactivated successfully." % R.randint(1, 99999),
        "Starting Daily apt download activities...",
        "logrotate.service: Consumed %d.%03ds CPU time." % (R.randint(0, 9), R.randint(0, 999)),
        "Finished Rotate log files."])),
    (12, "sshd[%d]", lambda: R.choice([
        "Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s"
        % (R.choice(["root", "pi"]), ip(), R.randint(1024, 65535), hexid(43)),
        "Disconnected from user pi %s port %d" % (ip(), R.randint(1024, 65535)),
        "pam_unix(sshd:session): session closed for user pi"])),
    (8, "CRON[%d]", lambda: "(root) CMD (   cd / && run-parts --report /etc/cron.hourly)"),
    (14, "NetworkManager[%d]", lambda: "<info>  [%d.%04d] %s" % (R.randint(1700000000, 1800000000), R.randint(0, 9999),
        R.choice(["dhcp4 (wlan0): state changed new lease, address=%s" % ip(),
                  "device (wlan0): supplicant interface state: completed -> %s" % R.choice(["scanning", "completed"]),
                  "manager: NetworkManager state is now CONNECTED_GLOBAL"]))),
    (8, "dbus-daemon[%d]", lambda: "[system] Activating via systemd: service name='org.freedesktop.%s' unit='%s.service'"
        " requested by ':1.%d' (uid=0 pid=%d comm=\"%s\")" % (R.choice(["hostname1", "timedate1", "login1"]),
        R.choice(["dbus-org.freedesktop.hostname1", "systemd-timedated"]), R.randint(1, 9999), R.randint(1, 99999),
        R.choice(["/usr/bin/gdbus", "/usr/sbin/NetworkManager"]))),
    (5, "wireplumber[%d]", lambda: "<WpSiStandardLink:%s> Object activation aborted: proxy destroyed" % ("0x" + hexid(12))),
    (5, "rngd[%d]", lambda: "stats: bits received from HRNG source: %d" % R.randint(10000, 99999999)),
    (4, "avahi-daemon[%d]", lambda: "Registering new address record for %s on wlan0.IPv4." % ip()),
    (4, "systemd-timesyncd[%d]", lambda: "Initial clock synchronization to Tue 2026-11-24 10:%02d:%02d.%06d UTC."
        % (R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999))),
]

KERNEL = [
    lambda: "usb 1-1.%d: new high-speed USB device number %d using xhci_hcd" % (R.randint(1, 4), R.randint(2, 127)),
    lambda: "usb 1-1.%d: USB disconnect, device number %d" % (R.randint(1, 4), R.randint(2, 127)),
    lambda: "IPv6: ADDRCONF(NETDEV_CHANGE): wlan0: link becomes ready",
    lambda: "audit: type=1400 audit(%d.%03d:%d): apparmor=\"DENIED\" operation=\"open\" profile=\"snap.lxd\""
    " name=\"/proc/%d/mounts\" pid=%d comm=\"lxd\"" % (R.randint(1700000000, 1800000000), R.randint(0, 999),
                                                      R.randint(1, 99999), R.randint(1, 99999), R.randint(1, 99999)),
    lambda: "EXT4-fs (mmcblk0p%d): mounted filesystem with ordered data mode. Quota mode: none." % R.randint(1, 3),
    lambda: "bcmgenet fd580000.ethernet eth0: Link is Up - 1Gbps/Full - flow control rx/tx",
    lambda: "brcmfmac: brcmf_cfg80211_set_power_mgmt: power save enabled",
    lambda: "hid-generic 0003:%04X:%04X.%04X: input,hidraw%d: USB HID v1.11 Keyboard [Logitech USB Receiver] on"
    " usb-0000:01:00.0-1.%d/input0" % (R.randint(0, 65535), R.randint(0, 65535), R.randint(1, 99), R.randint(0, 9),
                                        R.randint(1, 4)),
    lambda: "bcm2835_audio bcm2835_audio: card created with %d channels" % R.choice([2, 8]),
    lambda: "raspberrypi-hwmon raspberrypi-hwmon: Under-voltage detected! (0x%08x)" % R.randint(0, 0x50005),
]


def main():
    out_path, size_mb = sys.argv[1], int(sys.argv[2])
    target = size_mb * 1024 * 1024
    weights = [w for w, _, _ in PROGRAMS]
    written = 0
    second = 0
    uptime_us = 2_000_000
    with open(out_path, "w") as out:
        while written < target:
            second += R.randint(0, 2)
            uptime_us += R.randint(1, 2_000_000)
            stamp = "Nov %2d %02d:%02d:%02d" % (24 + second // 86400 % 6, second // 3600 % 24, second // 60 % 60,
                                               second % 60)
            if R.random() < 0.16:
                line = "%s raspberrypi kernel: [%5d.%06d] %s\n" % (stamp, uptime_us // 1_000_000, uptime_us % 1_000_000,
                                                                 R.choice(KERNEL)())
            else:
                _, name, text = R.choices(PROGRAMS, weights)[0]
                if "%d" in name:
                    name = name % R.randint(100, 99999)
                line = "%s raspberrypi %s: %s\n" % (stamp, name, text())
            out.write(line)
            written += len(line)


if __name__ == "__main__":
    main()
