package io.xrunlens.analyzer.triage;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.finding.Cause;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.catalog.MessageForm;
import io.xrunlens.event.KernelRelease;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.kb.KbRow;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.parser.FirmwareTrace;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes two field logs "the same problem", in the spirit of syzkaller's crash titles:
 * the cause of the first incident, the rules of its findings (of the whole input where it has
 * no incident), the DMA driver and the kind of transfer
 * of the raced channel (else the driver and the row of the line the incident starts with), the
 * stream direction and the kernel's major.minor. Channel numbers,
 * descriptor ids, devices and times differ per board and are left out, so they never split a
 * bucket.
 */
public record Signature(String cause, String rules, String site, String stream, String kernel) {
    private static final String NONE = "-";
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    public static Signature of(InputReport report) {
        Optional<Incident> race = report.incidents().stream().filter(i -> !i.driver().isEmpty()).findFirst();
        Optional<Incident> first = race.or(() -> report.incidents().stream().min(Incident.BY_IMPORTANCE));
        // the rules of that incident: a latency warning or a deferral elsewhere in one board's log
        // does not split it from another board's same failure; with no incident, every rule that fired
        TreeSet<String> rules = new TreeSet<>();
        (first.isPresent() ? first.get().findings() : report.findings()).forEach(f -> rules.add(f.rule()));
        String site = race.map(i -> normalise(i.driver() + " " + i.transfer()))
                .or(() -> first.flatMap(Signature::rootOf)).orElse(NONE);
        PcmDirection stream = first.map(Incident::stream).filter(d -> d != PcmDirection.UNKNOWN)
                .or(() -> report.findings().stream().map(Finding::stream).filter(d -> d != PcmDirection.UNKNOWN)
                        .findFirst())
                .orElse(PcmDirection.UNKNOWN);
        int boot = first.map(Incident::boot).or(() -> report.findings().stream().map(Finding::boot).findFirst())
                .orElse(0);
        String kernel = kernelOf(report.kernels(), boot);
        String cause = first.map(i -> i.cause().id()).orElse(NONE);
        return new Signature(cause, rules.isEmpty() ? nothingFound(report) : String.join("+", rules), site,
                stream == PcmDirection.UNKNOWN ? NONE : stream.label(), kernel);
    }

    /**
     * What an input without findings is, as its verdict says: an empty input, a file that is no
     * kernel log and a kernel log without audio are not clean audio, and not one bucket with it.
     */
    private static String nothingFound(InputReport report) {
        if (report.summary().lines() == 0) {
            return EMPTY;
        }
        if (!report.summary().kernelLog()) {
            return NOT_A_KERNEL_LOG;
        }
        if (report.summary().audio() == 0) {
            return FirmwareTrace.noted(report.summary().notes()) ? FIRMWARE_TRACE : NO_AUDIO;
        }
        return "clean";
    }

    private static final String EMPTY = "empty";
    private static final String NOT_A_KERNEL_LOG = "not-a-kernel-log";
    private static final String NO_AUDIO = "no-audio";
    private static final String FIRMWARE_TRACE = "dsp-firmware-trace";

    private static String kernelOf(List<Optional<KernelRelease>> kernels, int boot) {
        Optional<KernelRelease> k = boot < kernels.size() ? kernels.get(boot) : Optional.empty();
        if (k.isEmpty()) {
            k = kernels.stream().flatMap(Optional::stream).findFirst();
        }
        return k.map(KernelRelease::series).orElse("?");
    }

    /**
     * Where an incident of no raced channel starts: the driver that printed its first line and
     * that line's row ("snd_hda_intel pci.d3cold-inaccessible"). A codec that stopped answering
     * and an HDMI controller left in D3cold are both a codec's failure on one kernel, and two
     * problems; the same line of the same driver on a hundred boards is one.
     */
    private static Optional<String> rootOf(Incident incident) {
        long line = incident.firstLine();
        Finding root = incident.findings().stream().filter(f -> f.evidence().stream().anyMatch(e -> e.line() == line))
                .findFirst().orElse(incident.findings().isEmpty() ? null : incident.findings().get(0));
        if (root == null || root.form().isEmpty()) {
            return Optional.empty();
        }
        // a driver's name is kept whole: its digits are a chip's ("max98090", "max98357a"), not an instance's
        String site = (root.driver().isEmpty() ? "" : root.driver() + " ") + root.form();
        String function = TRACED.containsKey(root.form()) && !root.evidence().isEmpty()
                ? functionOf(root.evidence().get(0).text()) : "";
        // a kernel's report read from a trace has no text of its own: the audio function it names is the site
        return Optional.of(function.isEmpty() ? site : site + FUNCTION + function);
    }

    /** The reports made from a trace's frames, and how a title names them with the audio function. */
    private static final Map<String, String> TRACED = Map.of(
            MessageCatalog.KERNEL_CRASH.id(), "a kernel crash in ",
            MessageCatalog.KERNEL_HANG.id(), "a task stuck in ",
            MessageCatalog.KERNEL_ATOMIC_SLEEP.id(), "a sleep in atomic context under ",
            MessageCatalog.KERNEL_WARNING.id(), "a kernel warning under ");
    private static final String FUNCTION = "@";
    /** The function of a frame or a site ("pc : fsl_sai_trigger+0x74/0x2a0", "(f [snd_usb_audio]) from …"). */
    private static final Pattern FRAME_FUNCTION = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)(?:\\+0x| \\[|\\))");

    private static String functionOf(String frame) {
        Matcher m = FRAME_FUNCTION.matcher(frame);
        return m.find() ? m.group(1) : "";
    }

    /** Numbers inside names (controller instances, "fsl-edma3") would split buckets: NUM. */
    private static String normalise(String s) {
        return DIGITS.matcher(s.trim().toLowerCase(Locale.ROOT)).replaceAll("NUM");
    }

    /** "dma-terminate-race|dma-stall+misapplied-free+terminate-after-prep+xrun|imx-sdma cyclic|capture|5.4". */
    public String text() {
        return cause + "|" + rules + "|" + site + "|" + stream + "|" + kernel;
    }

    /** A stable short id: the same signature gives the same id in every run and every version. */
    public String id() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A title a person can scan in a table. */
    public String title() {
        String where = (stream.equals(NONE) ? "" : stream + ", ") + "kernel " + kernel;
        if (rules.contains(RuleId.TERMINATE_AFTER_PREP.id())) {
            String what = rules.contains(RuleId.MISAPPLIED_FREE.id()) ? "the terminate worker frees the restarted descriptor"
                    : "the terminate worker runs after the restart's prep";
            return site + ": " + what + " (" + where + (rules.contains(RuleId.DMA_STALL.id()) ? ", stream stalled)" : ")");
        }
        if (!cause.equals(NONE)) {
            return causeTitle(cause) + (site.equals(NONE) ? "" : ": " + rootTitle(site)) + " (" + where + ")";
        }
        if (rules.equals(RuleId.XRUN.id())) {
            return "XRUNs that recovered (" + where + ")";
        }
        if (rules.equals("clean")) {
            return "clean (kernel " + kernel + ")";
        }
        if (rules.equals(EMPTY) || rules.equals(NOT_A_KERNEL_LOG)) {
            return rules.replace('-', ' ') + ": nothing to analyse";
        }
        if (rules.equals(FIRMWARE_TRACE)) {
            return "an audio DSP firmware's own trace, not the kernel's log: nothing of the kernel's to analyse";
        }
        if (rules.equals(NO_AUDIO)) {
            return "no audio activity: no line of ALSA, ASoC or an audio or DMA driver (kernel " + kernel + ")";
        }
        if (cause.equals(NONE)) {
            // findings but no failure episode: a healthy boot's notes (deferred probes, latency warnings)
            return "no failure, notes only: " + rules.replace("+", ", ") + " (" + where + ")";
        }
        return rules + " (" + where + ")";
    }

    /**
     * "snd_hda_intel, \"No response from codec, resetting bus: last cmd=0x%08x\"": the root's
     * driver and its row's format.
     */
    private static String rootTitle(String root) {
        int at = root.indexOf(FUNCTION);
        if (at > 0) {
            String form = root.substring(root.lastIndexOf(' ', at) + 1, at);
            return TRACED.getOrDefault(form, form + " ") + root.substring(at + 1);
        }
        int space = root.lastIndexOf(' ');
        String form = root.substring(space + 1);
        String format = MessageCatalog.row(form).map(MessageForm::format)
                .or(() -> KnowledgeBase.active().row(form).map(KbRow::format)).orElse(form);
        return (space < 0 ? "" : root.substring(0, space) + ", ") + "\"" + format + "\"";
    }

    private static String causeTitle(String cause) {
        Cause c = Cause.byId(cause);
        return c == null ? cause : c.title();
    }
}
