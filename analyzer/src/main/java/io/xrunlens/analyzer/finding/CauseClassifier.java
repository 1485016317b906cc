package io.xrunlens.analyzer.finding;

import io.xrunlens.analyzer.boot.BootFacts;
import io.xrunlens.analyzer.boot.Platform;
import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.catalog.MessageForm;
import io.xrunlens.event.KernelRelease;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.kb.KbRow;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.record.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the causes apart from what one failure episode printed, as an engineer reads
 * a log: what failed first, whether an XRUN and its recovery came just
 * before (the terminate race) or the stream failed on its first start (clocks, firmware), which
 * companion lines the DMA engine, DAI or codec printed, and what the boot's kernel and SDMA
 * firmware were. Negative evidence is weak (the decisive prints are mostly dev_dbg), so every
 * diagnosis carries a confidence and, where the log cannot decide, what to switch on.
 *
 * <p>Verdicts, fixes and switches are looked up by cause and platform
 * ({@code fix.no-bit-clock.raspberry-pi}, falling back to {@code fix.no-bit-clock}), so the advice
 * fits the hardware: no i.MX words for a log without an i.MX device.
 */
public final class CauseClassifier {
    /**
     * The knowledge base's row of hda_controller.c's "azx_get_response timeout, switching to
     * single_cmd mode": the controller gave up on its command ring (IncidentBuilderTest holds it).
     */
    static final String HDA_SINGLE_CMD = "hda_controller.azx_rirb_get_response.c270";
    private static final Pattern ENOMEM = Pattern.compile("(?:: |\\()-12\\)?$|Cannot allocate memory");
    private final BootFacts facts;
    private final Optional<Finding> firmware;

    /** The finding's time as the log prints it, or its line where the log has no clock. */
    private String at(Finding f) {
        return facts.times().at(f.micros(), f.line());
    }

    /** @param firmware the boot's sdma-firmware finding, if its firmware was not right */
    public CauseClassifier(BootFacts facts, Optional<Finding> firmware) {
        this.facts = facts;
        this.firmware = firmware;
    }

    /**
     * @param episode    the episode's findings, in log order (XRUNs and latency lines joined)
     * @param xrunBefore whether an XRUN (and its recovery) came before the first failure
     */
    public Diagnosis classify(List<Finding> episode, boolean xrunBefore) {
        Optional<Finding> usb = rule(episode, RuleId.USB_AUDIO);
        Optional<Finding> codec = problem(episode, RuleId.CODEC_FAILURE);
        Optional<Finding> dma = rule(episode, RuleId.DMA_CHANNEL_ERROR);
        Optional<Finding> notFed = rule(episode, RuleId.FIFO_NOT_FED);
        Optional<Finding> dai = rule(episode, RuleId.DAI_FIFO_ERROR);
        Optional<Finding> start = rule(episode, RuleId.STREAM_START_FAILURE);
        Optional<Finding> pointer = problem(episode, RuleId.HW_POINTER);
        Optional<Finding> stall = rule(episode, RuleId.DMA_STALL);
        Optional<Finding> latency = rule(episode, RuleId.SYSTEM_LATENCY);
        Optional<Finding> driver = rule(episode, RuleId.DRIVER_ERROR);
        Optional<Finding> dsp = driver.filter(f -> familyOf(f) == MessageFamily.DSP_FIRMWARE);
        PcmDirection stream = direction(episode);

        if (usb.isPresent()) {
            Optional<String> gone = usbGone(episode);
            // a device that refused the sample rate is not a bandwidth or transfer problem
            String key = gone.isPresent() ? "usb-gone" : usb.get().form().contains("set_sample_rate") ? "usb-rate"
                    : "usb-audio";
            return diagnose(Cause.USB_AUDIO, Confidence.OBSERVED, key, stream, usb.get(), gone.orElse(""));
        }
        if (codec.isPresent() && !xrunBefore) {
            Finding c = codecFinding(episode, codec.get());
            return diagnose(Cause.CODEC, Confidence.OBSERVED, codecKey(c), stream, c, "");
        }
        if (dsp.isPresent()) {
            // no stream in the chain: the DSP failed at boot or probe, not under a running stream
            return diagnose(Cause.DSP_FIRMWARE, Confidence.OBSERVED,
                    stream == PcmDirection.UNKNOWN && start.isEmpty() && stall.isEmpty() ? "dsp-down" : "dsp-firmware",
                    stream, dsp.get(), "");
        }
        if (start.isPresent() && isRateProblem(start.get())) {
            return diagnose(Cause.CLOCK_RATE, Confidence.OBSERVED, "clock-rate", stream, start.get(), "");
        }
        if (dai.isPresent() && dai.get().form().equals("stm32-sai.wrong-clock")) {
            return diagnose(Cause.NO_BIT_CLOCK, Confidence.OBSERVED, "no-bit-clock.dai", stream, dai.get(), "");
        }
        if (dma.isPresent()) {
            return dmaChannel(dma.get(), stream, xrunBefore || dai.isPresent());
        }
        if (notFed.isPresent()) {
            return fifoNotFed(notFed.get(), stream, xrunBefore);
        }
        if (dai.isPresent() && familyOf(dai.get()) == MessageFamily.DAI_CLOCK) {
            // what a DAI prints when its bit or frame clock does not run (bcm2835 SYNC error, a
            // Rockchip I2S that cannot clear): the clock is deduced, not printed
            return diagnose(Cause.NO_BIT_CLOCK, Confidence.INFERRED, "no-bit-clock.dai", stream, dai.get(), "");
        }
        if (dai.isPresent()) {
            return diagnose(Cause.DAI_FIFO, Confidence.OBSERVED, "dai-fifo", stream, dai.get(), "");
        }
        if (start.isPresent()) {
            return firmware.isPresent() && isOutOfMemory(start.get())
                    ? diagnose(Cause.SDMA_FIRMWARE, notReadyJustBefore(start.get()) ? Confidence.OBSERVED
                            : Confidence.INFERRED, "sdma-firmware", stream, start.get(), firmware.get().message())
                    : diagnose(Cause.UNKNOWN, Confidence.GUESS, "stream-start", stream, start.get(), "");
        }
        if (pointer.isPresent()) {
            return diagnose(Cause.POINTER, Confidence.OBSERVED, "pointer", stream, pointer.get(), "");
        }
        if (stall.isPresent()) {
            return stall(stall.get(), stream, xrunBefore, latency);
        }
        if (codec.isPresent()) {
            Finding c = codecFinding(episode, codec.get());
            return diagnose(Cause.CODEC, Confidence.OBSERVED, codecKey(c), stream, c, "");
        }
        if (driver.isPresent()) {
            // the knowledge base knows which function printed it: where to start reading
            String source = KnowledgeBase.active().row(driver.get().form(), driver.get().driver())
                    .map(r -> FindingMessages.format("printed-in", r.function(), r.file())).orElse("");
            return diagnose(Cause.UNKNOWN, Confidence.GUESS, "driver-error", stream, driver.get(),
                    FindingMessages.format("meaning." + familyOf(driver.get()).name()) + source);
        }
        Finding any = episode.get(0);
        return diagnose(Cause.UNKNOWN, Confidence.GUESS, "unknown", stream, any, "");
    }

    /** A burst of XRUNs that recovered each time. */
    public Diagnosis xruns(List<Finding> xruns, Optional<Finding> latency) {
        Finding first = xruns.get(0);
        PcmDirection stream = direction(xruns);
        if (latency.isPresent()) {
            // an interrupt storm is its own story: the line is gone for good, and its device is the culprit
            return diagnose(Cause.SYSTEM_LATENCY, Confidence.INFERRED,
                    latency.get().form().startsWith("irq.") ? "irq-storm" : "system-latency", stream, latency.get(),
                    at(first));
        }
        if (xruns.stream().allMatch(x -> x.form().equals("dai-interrupt"))) {
            return diagnose(Cause.DAI_FIFO, Confidence.OBSERVED, "dai-fifo.xrun", stream, first, "");
        }
        String extra = FindingMessages.format("xrun.count", xruns.stream().mapToLong(Finding::repeats).sum(),
                at(xruns.get(xruns.size() - 1))) + (evenlySpaced(xruns)
                ? FindingMessages.format("xrun.even") : "");
        Confidence c = xruns.stream().anyMatch(x -> x.form().equals("period-interrupt")
                || x.form().equals("read-write")) ? Confidence.INFERRED : Confidence.GUESS;
        return diagnose(Cause.SCHEDULING, c, "scheduling", stream, first, extra);
    }

    private Diagnosis dmaChannel(Finding dma, PcmDirection stream, boolean afterXrun) {
        String form = dma.form();
        if (form.startsWith("bcm2835-dma.")) {
            return diagnose(Cause.NO_BIT_CLOCK, Confidence.INFERRED, "no-bit-clock.bcm2835", stream, dma, "");
        }
        if (form.startsWith("k3-udma.") && afterXrun && !hasAlsaSyncFix()) {
            return diagnose(Cause.DMA_TERMINATE_RACE, Confidence.INFERRED, "race.teardown", stream, dma,
                    KernelFacts.alsaAssessment(facts.kernel()));
        }
        if (form.equals("imx-sdma.ch0-timeout") && firmware.isPresent()) {
            return diagnose(Cause.SDMA_FIRMWARE, Confidence.INFERRED, "sdma-firmware", stream, dma,
                    firmware.get().message());
        }
        return diagnose(Cause.DMA_CHANNEL, Confidence.OBSERVED, "dma-channel", stream, dma, "");
    }

    /**
     * fsl_ssi's "Timeout waiting TX FIFO filling": right after an XRUN recovery on a kernel with
     * the imx-sdma worker (v5.0-v5.14) it is the terminate race; on a first start it is the
     * firmware when the boot's firmware is not right, else the clocks.
     */
    private Diagnosis fifoNotFed(Finding notFed, PcmDirection stream, boolean afterXrun) {
        if (afterXrun) {
            Optional<KernelRelease> k = facts.kernel();
            if (k.isEmpty() || KernelFacts.hasImxSdmaRace(k.get())) {
                return diagnose(Cause.DMA_TERMINATE_RACE, k.isEmpty() ? Confidence.GUESS : Confidence.INFERRED,
                        "race.fifo", stream, notFed, KernelFacts.assessment(k));
            }
            return diagnose(Cause.DMA_CHANNEL, Confidence.GUESS, "dma-channel.restart", stream, notFed,
                    "kernel " + k.get().text());
        }
        if (firmware.isPresent()) {
            return diagnose(Cause.SDMA_FIRMWARE, Confidence.INFERRED, "sdma-firmware", stream, notFed,
                    firmware.get().message());
        }
        return diagnose(Cause.NO_BIT_CLOCK, Confidence.GUESS, "no-bit-clock.first-start", stream, notFed,
                facts.hasImxSdma() ? FindingMessages.format("firmware.ok") : "");
    }

    private Diagnosis stall(Finding stall, PcmDirection stream, boolean afterXrun, Optional<Finding> latency) {
        if (latency.isPresent() && latency.get().form().startsWith("irq.")) {
            return diagnose(Cause.SYSTEM_LATENCY, Confidence.INFERRED, "irq-disabled", stream, latency.get(),
                    at(stall));
        }
        Optional<KernelRelease> k = facts.kernel();
        if (afterXrun && facts.hasImxSdma() && (k.isEmpty() || KernelFacts.hasImxSdmaRace(k.get()))) {
            return diagnose(Cause.DMA_TERMINATE_RACE, Confidence.GUESS, "race.stall", stream, stall,
                    KernelFacts.assessment(k));
        }
        if (firmware.isPresent() && !afterXrun) {
            return diagnose(Cause.SDMA_FIRMWARE, Confidence.INFERRED, "sdma-firmware", stream, stall,
                    firmware.get().message());
        }
        if (stall.evidence().stream().anyMatch(e -> e.text().startsWith("snd-usb-audio ")
                || e.text().startsWith("snd_usb_audio "))) {
            // a USB audio card's stream stalls when the device stops sending or taking data
            return diagnose(Cause.USB_AUDIO, Confidence.INFERRED, "usb-stall", stream, stall, "");
        }
        if (!afterXrun && facts.platform() != Platform.X86) {
            // a PC's HDA or SOF controller has no external bit clock to miss: its stall is not guessed at
            return diagnose(Cause.NO_BIT_CLOCK, Confidence.GUESS, "no-bit-clock.stall", stream, stall, "");
        }
        return diagnose(Cause.UNKNOWN, Confidence.GUESS, afterXrun ? "stall" : "stall.alone", stream, stall, "");
    }

    /** v6.11+ and the stable backports synchronize the channel before the restart. */
    private boolean hasAlsaSyncFix() {
        return facts.kernel().map(KernelFacts::hasAlsaSyncFix).orElse(false);
    }

    /** The family of a finding's message form: its knowledge-base row's, else its hand-written row's, else NOTE. */
    static MessageFamily familyOf(Finding f) {
        return KnowledgeBase.active().row(f.form()).map(KbRow::family)
                .or(() -> MessageCatalog.row(f.form()).map(MessageForm::family)).orElse(MessageFamily.NOTE);
    }

    private static boolean isRateProblem(Finding f) {
        return familyOf(f) == MessageFamily.CLOCK_RATE || f.form().endsWith(".rate") || f.form().equals("mcasp.rate-off")
                || f.form().equals("mcasp.fast-refclk");
    }

    /**
     * A start that failed for want of memory: the player's ENOMEM, or an ASoC or driver error
     * ending in -12. imx-sdma without its firmware refuses the prep, and dmaengine's PCM
     * trigger turns that NULL into -ENOMEM.
     */
    private static boolean isOutOfMemory(Finding f) {
        return f.form().equals("app.enomem") || f.evidence().stream().anyMatch(e -> ENOMEM.matcher(e.text()).find());
    }

    /** The firmware's "not ready" line came within a second before this failure: it says why. */
    private boolean notReadyJustBefore(Finding f) {
        Finding fw = firmware.orElseThrow();
        return fw.form().equals("imx-sdma.fw-not-ready") && fw.micros() != Record.NO_TIME && f.micros() != Record.NO_TIME
                && f.micros() >= fw.micros() && f.micros() - fw.micros() <= 1_000_000L;
    }

    /** XRUNs a near-constant interval apart (within 10%): two clocks drifting against each other. */
    private static boolean evenlySpaced(List<Finding> xruns) {
        if (xruns.size() < 4) {
            return false;
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < xruns.size(); i++) {
            gaps.add(xruns.get(i).micros() - xruns.get(i - 1).micros());
        }
        long min = gaps.stream().mapToLong(Long::longValue).min().orElse(0);
        long max = gaps.stream().mapToLong(Long::longValue).max().orElse(0);
        return min > 1_000_000L && max - min <= min / 10;
    }

    /** The USB core's disconnect and reset lines, which the usb-audio rule keeps beside a failure. */
    public static final Set<String> USB_GONE_FORMS = Set.of("usb.disconnect", "usb.reset");
    /** The role of such a line put first in a failure's evidence. */
    public static final String USB_GONE_ROLE = "gone";

    /** The line saying the failing USB device was disconnected or reset, if the episode has one. */
    private static Optional<String> usbGone(List<Finding> episode) {
        for (Finding f : episode) {
            for (Evidence e : f.evidence()) {
                if (e.role().equals(USB_GONE_ROLE) || USB_GONE_FORMS.contains(f.form())) {
                    return Optional.of(e.text());
                }
            }
        }
        return Optional.empty();
    }

    /** A card that never registered is told as such, not as a failing codec (its supplier may be a DAI). */
    private static String codecKey(Finding codec) {
        return codec.form().equals("driver-core.deferred-probe-pending") ? "card-pending"
                : codec.form().equals(HDA_SINGLE_CMD) ? "codec.single-cmd" : "codec";
    }

    /**
     * The codec finding the verdict is about: the HDA controller's last resort where it came
     * (after it the controller stays in single_cmd mode), else the first that failed.
     */
    private static Finding codecFinding(List<Finding> episode, Finding first) {
        return episode.stream().filter(f -> f.form().equals(HDA_SINGLE_CMD)).findFirst().orElse(first);
    }

    private Diagnosis diagnose(Cause cause, Confidence confidence, String key, PcmDirection stream, Finding key0,
                               String extra) {
        Platform platform = facts.platform();
        String where = !key0.origin().isEmpty() ? key0.origin() : printedBy(key0);
        String line = quoted(key0);
        if (line.startsWith(where + ": ")) {
            line = line.substring(where.length() + 2); // the verdict names the device already
        }
        String verdict = FindingMessages.format("verdict." + key, StreamNames.capitalized(stream), where,
                at(key0), line, extra);
        // a verdict with its own fix ("fixfor.KEY") says what to do for that form of the cause
        String fix = FindingMessages.first(List.of("fixfor." + key, "fix." + cause.id() + "." + platform.key(),
                "fix." + cause.id()));
        String next = confidence == Confidence.OBSERVED && cause != Cause.UNKNOWN ? ""
                : FindingMessages.first(List.of("next." + cause.id() + "." + platform.key(), "next." + cause.id(),
                        "next." + platform.key(), "next.generic"));
        if (!facts.hasKernelLines()) {
            // only what the player printed: the kernel's side of the same moment says why
            String kernelLog = FindingMessages.format("next.kernel-log");
            next = next.isEmpty() ? kernelLog : kernelLog + " " + next;
        }
        return new Diagnosis(cause, confidence, verdict, fix, next);
    }

    /**
     * The line a verdict quotes: the one printed at the time it names (the first of a run of
     * repeats, "cannot submit urb 0"), else the finding's last line (a stall's final error).
     */
    private static String quoted(Finding f) {
        List<Evidence> evidence = f.evidence();
        if (evidence.isEmpty()) {
            return "";
        }
        for (Evidence e : evidence) {
            if (e.micros() == f.micros() && f.micros() != Record.NO_TIME) {
                return e.text();
            }
        }
        return evidence.get(evidence.size() - 1).text();
    }

    /** Who printed a line without a kernel device: the player ("aplay: main:830: …"), PulseAudio, else the card. */
    private static String printedBy(Finding f) {
        return Printers.of(f.form(), f.evidence().isEmpty() ? "" : f.evidence().get(0).text(), "the card");
    }

    private static Optional<Finding> rule(List<Finding> findings, RuleId rule) {
        return findings.stream().filter(rule::of).findFirst();
    }

    private static Optional<Finding> problem(List<Finding> findings, RuleId rule) {
        return findings.stream().filter(f -> rule.of(f) && f.severity().isProblem()).findFirst();
    }

    static PcmDirection direction(List<Finding> findings) {
        return findings.stream().map(Finding::stream).filter(d -> d != PcmDirection.UNKNOWN).findFirst()
                .orElse(PcmDirection.UNKNOWN);
    }
}
