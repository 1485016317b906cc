package io.xrunlens.analyzer.boot;

import io.xrunlens.event.Event;
import io.xrunlens.event.KernelRelease;
import io.xrunlens.event.Message;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.kb.SoundDrivers;
import io.xrunlens.record.TimeStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What one boot says about itself, independent of any failure: the kernel release (banner first,
 * then an oops header or a pasted `uname -a`) and the drivers that printed, which tell the
 * platform. Bounded: a boot names a few dozen drivers.
 */
public final class BootFacts {
    private static final int MAX_DRIVERS = 256;
    private static final int MAX_DEVICES = 512;

    private Optional<KernelRelease> banner = Optional.empty();
    /** The platform the boot's "Machine model:" line tells, generic where none does. */
    private Platform machine = Platform.GENERIC;
    private Optional<KernelRelease> named = Optional.empty();
    private final Set<String> drivers = new HashSet<>();
    /** The devices audio lines of the boot were printed on, and their drivers ("0-001a" → "wm8962"). */
    private final Map<String, String> audioDevices = new HashMap<>();
    private final String[] recent = new String[4];
    private int nextRecent;
    private final Supplier<TimeStyle> times;
    /** A typed record with a clock or a driver's prefix: not only what a player printed. */
    private boolean kernelLines;
    /** The platform the drivers so far tell, or null once a new driver may change it: every verdict asks. */
    private Platform platform;

    /** Facts of a boot whose log shows its times as {@code times} gives (asked when words are made). */
    public BootFacts(Supplier<TimeStyle> times) {
        this.times = times;
    }

    /** A boot of a log on the kernel's clock (tests). */
    public BootFacts() {
        this(() -> TimeStyle.SECONDS);
    }

    /** How this log prints times: verdicts and findings quote them in that form. */
    public TimeStyle times() {
        return times.get();
    }

    public void apply(Event event) {
        Message m = event.message();
        kernelLines |= event.record().hasTime() || !event.record().driver().isEmpty();
        if (m instanceof Message.KernelVersion v && banner.isEmpty()) {
            banner = Optional.of(v.release());
        } else if (m instanceof Message.KernelNamed n && named.isEmpty()) {
            named = Optional.of(n.release());
        } else if (m instanceof Message.MachineModel model && machine == Platform.GENERIC) {
            machine = Platform.ofMachine(model.model());
            platform = null;
        }
        String driver = event.record().driver();
        String device = event.record().device();
        // an unread line of an audio driver names its device too ("snd_hda_intel 0000:00:1f.3:
        // enabling device"): the reader hands such lines on only for a sound driver's name
        if (!driver.isEmpty() && !device.isEmpty() && audioDevices.size() < MAX_DEVICES
                && (m.isAudio() || m instanceof Message.Unknown && !audioDevices.containsKey(device)
                        && KnowledgeBase.active().drivers().isSound(driver))) {
            audioDevices.putIfAbsent(device, driver);
        }
        // A set lookup only for a driver String not among the last few seen: records framed from the
        // same kept line share theirs, and a few drivers print most records. Platform.of needs no order.
        for (String seen : recent) {
            if (seen == driver) {
                return;
            }
        }
        recent[nextRecent] = driver;
        nextRecent = (nextRecent + 1) % recent.length;
        if (!driver.isEmpty() && drivers.size() < MAX_DRIVERS && drivers.add(driver)) {
            platform = null;
        }
    }

    /**
     * The driver of a device an audio line of the boot was printed on before now, or empty: what a
     * line that names a device in its text and no driver (the PM core's before 5.14) is about.
     */
    public Optional<String> audioDriverOf(String device) {
        return Optional.ofNullable(audioDevices.get(device));
    }

    /** The release of this boot: the banner's, else one named by an oops header or uname line. */
    public Optional<KernelRelease> kernel() {
        return banner.isPresent() ? banner : named;
    }

    public Platform platform() {
        if (platform == null) {
            Platform p = Platform.of(drivers);
            // the drivers first: a board's line names the family of the part that printed it
            platform = p != Platform.GENERIC ? p : anyDriverOf(Platform.X86) ? Platform.X86 : machine;
        }
        return platform;
    }

    /**
     * Whether a driver of the boot is of one of {@code p}'s source folders: an AMD laptop's ACP
     * (acp3x-i2s, snd_rn_pci_acp3x) or an Intel machine driver whose name says nothing of Intel is
     * a PC's for the advice.
     */
    private boolean anyDriverOf(Platform p) {
        SoundDrivers names = KnowledgeBase.active().drivers();
        for (String d : drivers) {
            Optional<String> folder = names.folder(d);
            if (folder.isPresent() && p.holdsFolder(folder.get())) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when every typed record of the boot is undated and printed by no driver: a paste of
     * what aplay, arecord or alsa-lib printed, without the kernel's log.
     */
    public boolean hasKernelLines() {
        return kernelLines;
    }

    /**
     * Whether the board has ASoC DAIs that a bit clock could fail to reach: an embedded platform's
     * drivers printed, or a driver of {@code sound/soc} that is not a codec's. A PC, a virtual
     * machine's virtio card or a USB device alone has none, so its stall is not blamed on a clock.
     */
    public boolean hasSocAudio() {
        Platform p = platform();
        if (p != Platform.GENERIC) {
            return p != Platform.X86;
        }
        SoundDrivers names = KnowledgeBase.active().drivers();
        for (String d : drivers) {
            Optional<String> folder = names.folder(d);
            if (folder.isPresent() && folder.get().startsWith("sound/soc/") && !folder.get().startsWith("sound/soc/codecs")) {
                return true;
            }
        }
        return false;
    }

    /** True when an i.MX SDMA controller printed in this boot (its advice applies). */
    public boolean hasImxSdma() {
        return drivers.contains("imx-sdma");
    }
}
