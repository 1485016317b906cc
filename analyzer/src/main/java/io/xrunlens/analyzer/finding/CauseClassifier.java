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
import io.xrunlens.kb.source.RowReadings;
import io.xrunlens.record.Record;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the causes apart from what one failure episode printed, as an engineer reads
 * a log: what failed first, whether an XRUN and its recovery came just
 * before (the terminate race) or the stream failed on its first start (clocks, firmware), which
 * companion lines the DMA engine, DAI or codec printed, and what the boot's kernel and SDMA
 * firmware were. Negative evidence is weak (the decisive prints are mostly dev_dbg), so every
 * diagnosis carries a confidence and, where the log cannot decide, what to switch on.
 *
 * <p>The decisions are tried by rank: the steps written here and those of the causes' files
 * ({@link CauseTable}). Verdicts, fixes and switches come from the cause's file, by platform
 * ({@code fix.raspberry-pi} of no-bit-clock, falling back to its {@code fix}), so the advice
 * fits the hardware: no i.MX words for a log without an i.MX device.
 */
public final class CauseClassifier {
    /**
     * The knowledge base's row of hda_controller.c's "azx_get_response timeout, switching to
     * single_cmd mode": the controller gave up on its command ring (IncidentBuilderTest holds it).
     */
    static final String HDA_SINGLE_CMD = "hda_controller.azx_rirb_get_response.c270";
    /**
     * A DSP firmware's answer with an error, in its drivers' words: SOF's IPC4 status ("FW reported
     * error: 7 - Unsupported operation requested") and reply error ("ipc error for msg"), the
     * Qualcomm q6 services' result ("DSP returned error[1]", "cmd = 0x10bcd returned error = 0x1").
     */
    private static final List<String> DSP_REFUSALS = List.of("FW reported error: ", "ipc error for msg ",
            "ipc tx error for ", "ipc error for 0x", "DSP returned error[", " returned error = 0x");
    /** A function's name that says it stops, closes or frees (a word of it, between underscores). */
    private static final Pattern STOP_STEP = Pattern.compile("(?:^|_)(?:close|free|deinit|shutdown|stop|release)(?:_|$)");
    /** A device on I2C ("1-001a", "i2c-10EC5640:00"), SPI ("spi0.0") or SoundWire ("sdw:0:0:025d:0711:01"). */
    private static final Pattern CHIP_ON_A_BUS = Pattern.compile("\\d+-[0-9a-f]{4}|i2c-\\S+|spi[-\\w.:]+|sdw:\\S+");
    private static final Pattern ENOMEM = Pattern.compile("(?:: |\\()-12\\)?$|Cannot allocate memory");
    private final BootFacts facts;
    private final Optional<Finding> firmware;
    private final Unresumed unresumed;
    private final CardNotUp card;

    /** The finding's time as the log prints it, or its line where the log has no clock. */
    private String at(Finding f) {
        return facts.times().at(f.micros(), f.line());
    }

    /** @param firmware the boot's sdma-firmware finding, if its firmware was not right */
    public CauseClassifier(BootFacts facts, Optional<Finding> firmware) {
        this(facts, firmware, Unresumed.NONE, CardNotUp.NONE);
    }

    /**
     * @param unresumed the boot's audio devices that did not come back from a suspend, so far
     * @param card      the boot's first word that its sound card did not come up, so far
     */
    CauseClassifier(BootFacts facts, Optional<Finding> firmware, Unresumed unresumed, CardNotUp card) {
        this.facts = facts;
        this.firmware = firmware;
        this.unresumed = unresumed;
        this.card = card;
    }

    /**
     * The decisions written here, by rank; the causes' files add theirs ({@code when.RANK}) between
     * them. A decision that needs more than one finding of a rule, the boot's kernel or firmware,
     * or a choice among verdicts is code; one finding of a rule that says it all is a file's line.
     */
    private enum Step {
        USB(RuleId.USB_AUDIO, 100,
                "a finding of `usb-audio` (the device gone or not answering, a refused rate, no bandwidth"
                + " on the bus, an alternate setting not taken, else its transfers or its driver)"),
        AFTER_RESUME(null, 185, "a finding of any rule about a device that did not come back from a system suspend"
                + " earlier in the boot (the PM core's `failed to resume`): `suspend-resume`, however long after"),
        CODEC_FIRST(RuleId.CODEC_FAILURE, 200, "a problem of `codec-failure`, with no XRUN before it and not the echo"
                + " of its device's own failure before it (a DSP's, or another rule's before the ASoC core's `error at`)"
                + " nor a DAPM event's failure after a stream's start failure"),
        DSP(RuleId.DRIVER_ERROR, 300,
                "the first problem of `driver-error` when of the dsp-firmware family, else its device's first of that family"
                + " (refused when its line is the firmware's answer with an error, stopped when a function that stops or frees a"
                + " stream printed it, else down when no stream was running)"),
        DMA(RuleId.DMA_CHANNEL_ERROR, 600, "a finding of `dma-channel-error`: k3-udma's after an XRUN on a kernel"
                + " without the ALSA fix is the terminate race, imx-sdma's CH0 timeout with bad firmware the firmware,"
                + " else the channel"),
        NOT_FED(RuleId.FIFO_NOT_FED, 700, "a finding of `fifo-not-fed`: the race after an XRUN on kernels that have"
                + " it, else the firmware or the bit clock"),
        START(RuleId.STREAM_START_FAILURE, 1000,
                "a finding of `stream-start-failure`: SDMA firmware when it was out of memory, else unknown"),
        STALL(RuleId.DMA_STALL, 1200, "a finding of `dma-stall`: an interrupt line disabled, the race, firmware, USB,"
                + " the bit clock on a first start of a board with DAIs, else unknown, naming an audio driver's error"
                + " before it"),
        CODEC(RuleId.CODEC_FAILURE, 1300, "a problem of `codec-failure`"),
        DRIVER(RuleId.DRIVER_ERROR, 1400, "a finding of `driver-error`: unknown, with the source that printed it");

        /** The rule a finding of which the step looks for first: without one the step cannot hold (null: any). */
        final RuleId rule;
        final int rank;
        final String condition;

        Step(RuleId rule, int rank, String condition) {
            this.rule = rule;
            this.rank = rank;
            this.condition = condition;
        }
    }

    /** One place in the order: a step of the code's or a cause file's decision. */
    private record Turn(int rank, Step step, CauseDecision decision) {
        /** The rule whose finding the turn needs: every step and decision looks for one first. */
        RuleId rule() {
            return step != null ? step.rule : decision.rule();
        }
    }

    private static final List<Turn> ORDER = order();

    private static List<Turn> order() {
        List<Turn> turns = new ArrayList<>();
        for (Step s : Step.values()) {
            turns.add(new Turn(s.rank, s, null));
        }
        for (CauseDecision d : CauseTable.decisions()) {
            for (Step s : Step.values()) {
                if (s.rank == d.rank()) {
                    throw new IllegalStateException(CauseTable.FOLDER + "/" + d.cause().id() + ".properties: rank "
                            + d.rank() + " is the code's decision " + s.name());
                }
            }
            turns.add(new Turn(d.rank(), null, d));
        }
        turns.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
        return List.copyOf(turns);
    }

    /** The order of decisions, for the docs' table: rank, cause (or the code's), condition. */
    public static List<String[]> decisionTable() {
        List<String[]> rows = new ArrayList<>();
        for (Turn t : ORDER) {
            rows.add(t.step() != null ? new String[] {String.valueOf(t.rank()), "(code)", t.step().condition}
                    : new String[] {String.valueOf(t.rank()), "`" + t.decision().cause().id() + "`",
                        t.decision().condition() + " (" + t.decision().confidence().id() + ")"});
        }
        return rows;
    }

    /**
     * @param episode    the episode's findings, in log order (XRUNs and latency lines joined)
     * @param xrunBefore whether an XRUN (and its recovery) came before the first failure
     */
    public Diagnosis classify(List<Finding> episode, boolean xrunBefore) {
        PcmDirection stream = direction(episode);
        Set<String> rules = new HashSet<>();
        for (Finding f : episode) {
            rules.add(f.rule());
        }
        for (Turn t : ORDER) {
            if (t.rule() != null && !rules.contains(t.rule().id())) {
                continue; // (an episode holds a few rules; the turns are dozens)
            }
            Optional<Diagnosis> d;
            if (t.step() != null) {
                d = step(t.step(), episode, xrunBefore, stream);
            } else {
                CauseDecision c = t.decision();
                // no lambda here: the quick compiler makes each capturing one through a native call,
                // and this runs for every decision of every incident
                Optional<Finding> f = c.finding(episode, xrunBefore);
                d = f.isPresent() ? Optional.of(decided(c, episode, f.get(), stream)) : Optional.empty();
            }
            if (d.isPresent()) {
                return d.get();
            }
        }
        return diagnose(Cause.UNKNOWN, Confidence.GUESS, "unknown", stream, episode.get(0), "");
    }

    private Optional<Diagnosis> step(Step step, List<Finding> episode, boolean xrunBefore, PcmDirection stream) {
        return switch (step) {
            case USB -> RuleId.USB_AUDIO.firstIn(episode).map(usb -> usb(episode, usb, stream));
            case AFTER_RESUME -> unresumed.before(episode).map(resume -> afterResume(episode, resume, stream));
            case CODEC_FIRST -> xrunBefore ? Optional.empty() : problem(episode, RuleId.CODEC_FAILURE)
                    .filter(c -> !ownFailureFirst(episode, c)).map(c -> codec(episode, c, stream));
            // the first driver error that is a problem, or its device's first DSP failure: a DSP's
            // boot failure often follows a line no row knows, or one another driver's row reads
            case DSP -> firstDriverError(episode).flatMap(f -> dspFailureOf(episode, f))
                    .map(dsp -> dsp(episode, dsp, stream));
            case DMA -> RuleId.DMA_CHANNEL_ERROR.firstIn(episode).map(dma -> dmaChannel(dma, stream,
                    xrunBefore || RuleId.DAI_FIFO_ERROR.firstIn(episode).isPresent()));
            case NOT_FED -> RuleId.FIFO_NOT_FED.firstIn(episode).map(f -> fifoNotFed(f, stream, xrunBefore));
            case START -> kernelsFirst(RuleId.STREAM_START_FAILURE, episode).map(start -> start(start, stream));
            case STALL -> RuleId.DMA_STALL.firstIn(episode).map(stall -> stall(stall, stream, xrunBefore,
                    RuleId.SYSTEM_LATENCY.firstIn(episode), problem(episode, RuleId.DRIVER_ERROR)));
            case CODEC -> problem(episode, RuleId.CODEC_FAILURE).map(c -> codec(episode, c, stream));
            case DRIVER -> firstDriverError(episode).map(f -> driverError(episode, f, stream));
        };
    }

    /**
     * Whether the device of the codec failure {@code codec} said first how it failed, so that the
     * codec failure is its echo: a DSP (a driver error of the dsp-firmware family) whose topology
     * or firmware did not load fails its own ASoC component's probe ("sof-audio-pci 0000:00:1f.3:
     * ASoC: error at snd_soc_component_probe … -2"), and the ASoC core's "error at
     * snd_soc_dai_set_sysclk on ff890000.i2s: -22" repeats a DAI's own "Fail to set mclk -22"
     * (any problem of another rule). A widget's DAPM event that failed ("ASoC: PRE_PMU: … event
     * failed: -16") as a stream started, after any device's word that the stream could not start
     * ("sample rate (8000 Hz) conflicts with other audio streams"), is that failure's echo too.
     * Records of one line with no clock (a log joined onto a line) count as no later.
     */
    private static boolean ownFailureFirst(List<Finding> episode, Finding codec) {
        if (codec.device().isEmpty()) {
            return false;
        }
        boolean echo = MessageCatalog.ASOC_ECHOES.contains(codec.form());
        boolean dapmEvent = codec.form().equals(MessageCatalog.DAPM_EVENT);
        for (Finding f : episode) {
            if (f == codec || !f.severity().isProblem() || !notAfter(f, codec)) {
                continue;
            }
            if (dapmEvent && RuleId.STREAM_START_FAILURE.of(f) || f.device().equals(codec.device())
                    && (isDspFailure(f) || echo && !RuleId.CODEC_FAILURE.of(f))) {
                return true;
            }
        }
        return false;
    }

    private static boolean notAfter(Finding a, Finding b) {
        if (a.micros() != Record.NO_TIME && b.micros() != Record.NO_TIME) {
            return a.micros() <= b.micros();
        }
        return !a.evidence().isEmpty() && !b.evidence().isEmpty() && a.evidence().get(0).line() <= b.evidence().get(0).line();
    }

    /** {@code first} if it is a DSP's failure, else the first DSP failure its device printed in the episode. */
    private static Optional<Finding> dspFailureOf(List<Finding> episode, Finding first) {
        if (familyOf(first) == MessageFamily.DSP_FIRMWARE) {
            return Optional.of(first);
        }
        return first.device().isEmpty() ? Optional.empty() : episode.stream()
                .filter(f -> isDspFailure(f) && f.device().equals(first.device())).findFirst();
    }

    /** A driver error of the dsp-firmware family, of a problem's severity. */
    private static boolean isDspFailure(Finding f) {
        return RuleId.DRIVER_ERROR.of(f) && f.severity().isProblem() && familyOf(f) == MessageFamily.DSP_FIRMWARE;
    }

    /** The episode's first driver error of a problem's severity, else its first (all context). */
    private static Optional<Finding> firstDriverError(List<Finding> episode) {
        return problem(episode, RuleId.DRIVER_ERROR).or(() -> RuleId.DRIVER_ERROR.firstIn(episode));
    }

    /**
     * The first finding of the rule that a kernel driver's line gave, else the first: where the
     * kernel said why a stream failed ("fsl-sai 308b0000.sai: ASoC: can't open platform …: -6"),
     * the player's words for it ("audio open error: No such device or address") are its echo.
     */
    private static Optional<Finding> kernelsFirst(RuleId rule, List<Finding> episode) {
        for (Finding f : episode) {
            if (rule.of(f) && !f.origin().isEmpty()) {
                return Optional.of(f);
            }
        }
        return rule.firstIn(episode);
    }

    private Diagnosis usb(List<Finding> episode, Finding usb, PcmDirection stream) {
        Optional<String> gone = usbGone(episode);
        // a device that refused the sample rate is not a bandwidth or transfer problem, nor is
        // one whose driver failed to set it up (its descriptors, controls, MIDI or firmware)
        // nor is one the bus had no room for, nor one that did not take the alternate setting
        // a stream needs (a control request, before any transfer)
        String key = gone.isPresent() ? "usb-gone" : unanswered(usb) ? "usb-no-answer"
                : rateRefused(usb) ? "usb-rate"
                : noBandwidth(usb) ? "usb-bandwidth"
                : usb.form().equals(SET_INTERFACE) ? "usb-interface"
                : aboutUsbTransfers(usb.form(), usb.driver()) ? "usb-audio" : "usb-driver";
        return diagnose(Cause.USB_AUDIO, Confidence.OBSERVED, key, stream, usb, gone.orElse(""));
    }

    /** A USB audio line's words of a sample rate that was refused or could not be set. */
    private static final Pattern RATE_REFUSED = Pattern.compile(
            "(?i)(?:unsupported|invalid|couldn't set|cannot set|can't set|failed setting|error setting)\\b.*"
                    + "\\b(?:sample ?rate|rate|freq)\\b");

    /**
     * Whether a USB audio line says the sample rate was refused: snd-usb-audio's functions that
     * set it printed it (set_sample_rate_v1 and v2v3), or its words say so (hiFace's "Unsupported
     * rate 0", 6fire's "error setting samplerate 192000.", "MBOX3: Couldn't set the sample rate");
     * not 6fire's "error stopping streaming while setting samplerate", a stream that did not stop.
     */
    private static boolean rateRefused(Finding usb) {
        return usb.form().contains("set_sample_rate") || firstLineSays(usb, RATE_REFUSED);
    }

    /** snd-usb-audio's word that the device did not switch to a stream's alternate setting. */
    private static final String SET_INTERFACE = "usb.set-interface";
    /** The host's word that the bus has no room for an isochronous endpoint: -28 (ENOSPC) or its words. */
    private static final Pattern NO_BANDWIDTH = Pattern.compile("[ (]-28\\)?(?::|$)|[Nn]ot enough bandwidth");

    /**
     * Whether the USB audio line says the bus had no room for the stream's isochronous
     * bandwidth: "cannot submit datapipe for urb 0, error -28: not enough bandwidth",
     * "usb_set_interface failed (-28)" (the host controller refused the alternate setting's
     * endpoints), "cannot submit urb (err = -28)".
     */
    private static boolean noBandwidth(Finding usb) {
        return firstLineSays(usb, NO_BANDWIDTH);
    }

    /** A request's error that says the device did not answer or its link failed, not that it refused. */
    private static final Pattern NO_ANSWER = Pattern.compile("[ (]-(?:110|62|71|19|108)\\)?$");

    /**
     * Whether the USB audio line ends in an error that says the device did not answer its
     * control request (-110 ETIMEDOUT, -62 ETIME), its link failed (-71 EPROTO) or it is gone
     * (-19, -108): "cannot set freq 44100 (v2/v3): err -110" is no rate refused (that is -32, a
     * stall), nor is "usb_set_interface failed (-110)" a bandwidth problem.
     */
    private static boolean unanswered(Finding usb) {
        return firstLineSays(usb, NO_ANSWER);
    }

    /** Whether the finding's first line holds what {@code words} finds: the USB steps read it so. */
    private static boolean firstLineSays(Finding f, Pattern words) {
        return !f.evidence().isEmpty() && words.matcher(f.evidence().get(0).text()).find();
    }

    /**
     * The sources of USB audio drivers that move the audio (URBs, endpoints, the PCM), by file
     * name, and the functions there that set things up instead: what the rest print (probing,
     * descriptors, mixer, MIDI, firmware) says nothing of the transfers, and a driver in one
     * file may print either.
     */
    private static final Pattern TRANSFER_SOURCE = Pattern.compile(
            "(?:.*/)?[a-z0-9_]*(?:endpoint|pcm|audio|capture|playback|usb_stream)\\.c");
    private static final Pattern SET_UP = Pattern.compile("init|probe|create|register|_new|setup");

    /**
     * Whether a USB audio line of this row ({@code form}), printed by {@code driver}, is about
     * the device's transfers: a hand-written row (all are), or a row a transfer source prints
     * outside its set-up functions.
     */
    public static boolean aboutUsbTransfers(String form, String driver) {
        if (form.startsWith("usb.")) {
            return true;
        }
        return KnowledgeBase.active().row(form, driver).map(r -> TRANSFER_SOURCE.matcher(r.file()).matches()
                && !SET_UP.matcher(r.function()).find()).orElse(true);
    }

    /**
     * A failure on a device whose resume had failed: told by the stream's own failure where the
     * kernel printed one, else by the device's first problem, the resume failure in the clause.
     */
    private Diagnosis afterResume(List<Finding> episode, Finding resume, PcmDirection stream) {
        Finding key = kernelsFirst(RuleId.STREAM_START_FAILURE, episode)
                .or(() -> episode.stream().filter(f -> f.device().equals(resume.device())
                        && f.severity().isProblem()).findFirst())
                .orElse(episode.get(0));
        Said said = Said.of(resume);
        // "… printed …, after it had not come back …" where the line is the same device's
        String who = said.who().equals(Said.of(key).who()) ? FindingMessages.format("resume.it") : said.who();
        return diagnose(Cause.SUSPEND_RESUME, Confidence.INFERRED, "after-resume", stream, key,
                FindingMessages.format("resume.earlier", who, at(resume), said.line()));
    }

    /**
     * What a decision of the causes' files says of the finding it holds for; a card or device a
     * player found missing, where the boot's card had not come up, is told with that failure.
     */
    private Diagnosis decided(CauseDecision c, List<Finding> episode, Finding f, PcmDirection stream) {
        Optional<Finding> notUp = c.cause().equals(Cause.NO_CARD) ? card.before(episode) : Optional.empty();
        if (notUp.isEmpty()) {
            return diagnose(c.cause(), c.confidence(), c.verdict(), stream, f,
                    c.cause().equals(Cause.DSP_FIRMWARE) ? filesNotFound(f) : "");
        }
        Said said = Said.of(notUp.get());
        return diagnose(c.cause(), Confidence.OBSERVED, "no-card.card-failed", stream, f,
                FindingMessages.format("card.earlier", said.who(), at(notUp.get()), said.line()));
    }

    /** The card failure a missing card follows from ({@link CardNotUp}), to lead its chain. */
    Optional<Finding> cardRoot(List<Finding> episode) {
        return card.before(episode);
    }

    /** The resume failure a failure episode follows from ({@link Unresumed}), to lead its chain. */
    Optional<Finding> resumeRoot(List<Finding> episode) {
        return unresumed.before(episode);
    }

    private Diagnosis codec(List<Finding> episode, Finding first, PcmDirection stream) {
        Finding c = codecFinding(episode, first);
        return diagnose(Cause.CODEC, Confidence.OBSERVED, codecKey(c), stream, c, "");
    }

    private Diagnosis dsp(List<Finding> episode, Finding dsp, PcmDirection stream) {
        // no stream in the chain: the DSP failed at boot or probe, not under a running stream
        boolean down = noStream(episode, stream);
        String key = isRefusal(dsp) ? "dsp-refused" : isStopStep(dsp) ? "dsp-stop" : down ? "dsp-down" : "dsp-firmware";
        return diagnose(Cause.DSP_FIRMWARE, Confidence.OBSERVED, key, stream, dsp, filesNotFound(dsp));
    }

    /**
     * The files the firmware loader did not find for the finding's device just before it (its
     * first records, {@link #FIRMWARE_ROLE}) that its own lines do not name, as a clause of a
     * DSP's verdict, or "".
     */
    static String filesNotFound(Finding f) {
        List<String> files = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            if (e.role().equals(FIRMWARE_ROLE)) {
                Matcher m = FILE_NOT_FOUND.matcher(e.text());
                if (m.find() && !files.contains(m.group(1)) && !namedBy(f, m.group(1))) {
                    files.add(m.group(1));
                }
            }
        }
        return files.isEmpty() ? "" : FindingMessages.format("firmware.not-found",
                String.join(" " + FindingMessages.format("firmware.or") + " ", files));
    }

    /** Whether one of the finding's own lines (not the loader's) names the file: the verdict quotes it already. */
    private static boolean namedBy(Finding f, String file) {
        for (Evidence e : f.evidence()) {
            if (!e.role().equals(FIRMWARE_ROLE) && e.text().contains(file)) {
                return true;
            }
        }
        return false;
    }

    /** The file of the firmware loader's line ("Direct firmware load for %s failed with error %d"). */
    private static final Pattern FILE_NOT_FOUND = Pattern.compile("Direct firmware load for (\\S+) failed");

    /**
     * Whether the function that printed a DSP's line lets a stream or its resources go (SOF's
     * sof_pcm_close and sof_pcm_stream_free, q6afe_port_stop, bcm2835-audio's
     * vc_vchi_audio_deinit): the DSP failed as the stream ended, which is no DSP that is down.
     */
    private static boolean isStopStep(Finding dsp) {
        return KnowledgeBase.active().row(dsp.form(), dsp.driver())
                .map(r -> STOP_STEP.matcher(r.function()).find()).orElse(false);
    }

    /**
     * Whether a DSP's line is its firmware's answer with an error (SOF's IPC4 status, IPC3's reply
     * error in 6.x's words and 5.x's, the ASoC DSP core's reply error, Qualcomm's APR/GPR result):
     * the firmware runs and refused what it was asked, where a timeout or a crash says it stopped
     * answering.
     */
    private static boolean isRefusal(Finding dsp) {
        for (Evidence e : dsp.evidence()) {
            for (String words : DSP_REFUSALS) {
                if (e.text().contains(words)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Diagnosis start(Finding start, PcmDirection stream) {
        return firmware.isPresent() && isOutOfMemory(start)
                ? diagnose(Cause.SDMA_FIRMWARE, notReadyJustBefore(start) ? Confidence.OBSERVED : Confidence.INFERRED,
                        "sdma-firmware", stream, start, firmware.get().message())
                : diagnose(Cause.UNKNOWN, Confidence.GUESS, "stream-start", stream, start, "");
    }

    private Diagnosis driverError(List<Finding> episode, Finding driver, PcmDirection stream) {
        // the knowledge base knows which function printed it: where to start reading; a line of
        // the catalogue (the driver core's "probe with driver … failed") names no source to read
        String source = source(driver, "printed-in");
        String key = source.isEmpty() ? "driver-error.unnamed" : "driver-error";
        // no stream in the episode: the error stopped a probe or a set-up, whose next steps are
        // the boot's log and the device tree, not a stream's switches
        boolean down = noStream(episode, stream);
        return diagnose(Cause.UNKNOWN, Confidence.GUESS, down ? key + ".down" : key,
                stream, driver, FindingMessages.format("meaning." + familyOf(driver).name()) + source);
    }

    /** Whether the episode shows no stream: none named, none that failed to start or stalled. */
    private static boolean noStream(List<Finding> episode, PcmDirection stream) {
        return stream == PcmDirection.UNKNOWN && RuleId.STREAM_START_FAILURE.firstIn(episode).isEmpty()
                && RuleId.DMA_STALL.firstIn(episode).isEmpty();
    }

    /**
     * The function and file that print a finding's line, in the sentence {@code key} makes of them,
     * or "". Where the line's driver is none of the files that print those words (a pr_err with no
     * device, "ACP power on failed", which seven of AMD's audio drivers print), the sentence says how
     * many others could have.
     */
    private static String source(Finding f, String key) {
        KnowledgeBase kb = KnowledgeBase.active();
        return kb.row(f.form(), f.driver()).map(r -> {
            int others = kb.otherSources(r, f.driver());
            return others == 0 ? FindingMessages.format(key, r.function(), r.file())
                    : FindingMessages.format(key + "-or", r.function(), r.file(), others);
        }).orElse("");
    }

    /** Who printed a finding's quoted line, and the line without that name before it (a verdict names it). */
    private record Said(String who, String line) {
        static Said of(Finding f) {
            String who = !f.origin().isEmpty() ? f.origin() : printedBy(f);
            String line = quoted(f);
            return new Said(who, line.startsWith(who + ": ") ? line.substring(who.length() + 2) : line);
        }
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
        if (xruns.stream().allMatch(x -> x.form().startsWith("unrecovered"))) {
            // the sound server said its recoveries did not take: late, or a device that stopped
            return diagnose(Cause.SCHEDULING, Confidence.GUESS, "scheduling.unrecovered", stream, first, extra);
        }
        Confidence c = xruns.stream().anyMatch(x -> x.form().equals("period-interrupt")
                || x.form().equals("read-write")) ? Confidence.INFERRED : Confidence.GUESS;
        return diagnose(Cause.SCHEDULING, c, "scheduling", stream, first, extra);
    }

    private Diagnosis dmaChannel(Finding dma, PcmDirection stream, boolean afterXrun) {
        String form = dma.form();
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

    private Diagnosis stall(Finding stall, PcmDirection stream, boolean afterXrun, Optional<Finding> latency,
                            Optional<Finding> driverError) {
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
        if (driverError.isPresent()) {
            // an audio driver's error or a kernel warning on the audio path in the same episode (a
            // virtual card's control message that timed out): the likeliest start, named with the
            // source that prints it, and printed evidence outweighs the guess of a missing clock
            Finding e = driverError.get();
            Said said = Said.of(e);
            return diagnose(Cause.UNKNOWN, Confidence.GUESS, "stall.driver", stream, stall, FindingMessages.format(
                    "stall.driver-line", said.who(), at(e), said.line(), source(e, "stall.driver-source")));
        }
        if (!afterXrun && facts.hasSocAudio()) {
            // a PC's HDA or SOF controller, a virtual machine's card or a USB device has no external
            // bit clock to miss: their stall is not guessed at
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
        // (no capturing lambda: asked of every finding by every decision that reads a family)
        Optional<KbRow> row = KnowledgeBase.active().row(f.form());
        return row.isPresent() ? row.get().family()
                : MessageCatalog.row(f.form()).map(MessageForm::family).orElse(MessageFamily.NOTE);
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
    /** The step of the firmware loader's line that a file a device asked for is not there, first in its problem's records. */
    public static final String FIRMWARE_ROLE = "firmware";

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
                : isSingleCmd(codec) ? "codec.single-cmd"
                // the card's own failure (its registration, a link, its device-tree description), not a codec's
                : familyOf(codec) == MessageFamily.CARD || isPcmNewEcho(codec) ? "codec.card"
                // "Failed to sync cache: -5", "failed to read FAULT register": its registers, whatever its bus
                : RowWords.CODEC_REGISTERS.said(codec.form()) ? "codec.register-access"
                : RowWords.AC97_CODEC.said(codec.form()) ? "codec.ac97"
                // "DC servo timed out", "HP Calibration Failure": its analog circuit, not its bus
                : RowWords.CODEC_CALIBRATION.said(codec.form()) ? "codec.calibration"
                : RowWords.CODEC_WAKE.said(codec.form()) ? "codec.wake"
                // a chip on a bus of its own, whose fix on a PC is the ACPI tables', not an HDA codec's
                : CHIP_ON_A_BUS.matcher(codec.device()).matches() ? "codec.chip" : "codec";
    }

    /**
     * The ASoC core's echo of a component whose PCM could not be made as the card registered
     * ("error at snd_soc_pcm_component_new on 4400b004.audio-controller: -22"): a DAI's or a
     * platform's, the card's set-up, not a codec that did not answer.
     */
    private static boolean isPcmNewEcho(Finding f) {
        return MessageCatalog.ASOC_ECHOES.contains(f.form()) && !f.evidence().isEmpty()
                && f.evidence().get(f.evidence().size() - 1).text().contains("_pcm_component_new");
    }

    /**
     * The codec finding the verdict is about: the HDA controller's last resort where it came
     * (after it the controller stays in single_cmd mode), else the first that failed.
     */
    private static Finding codecFinding(List<Finding> episode, Finding first) {
        return episode.stream().filter(CauseClassifier::isSingleCmd).findFirst().orElse(first);
    }

    /** Whether the finding is HDA's controller giving up on its command ring, in today's words or 2.6's. */
    private static boolean isSingleCmd(Finding f) {
        return f.form().equals(HDA_SINGLE_CMD) || f.form().equals(MessageCatalog.HDA_SINGLE_CMD_OLD);
    }

    private Diagnosis diagnose(Cause cause, Confidence confidence, String key, PcmDirection stream, Finding key0,
                               String extra) {
        Platform platform = platformOf(key0);
        Said said = Said.of(key0);
        String verdict = sentence(FindingMessages.format("verdict." + key, StreamNames.capitalized(stream),
                said.who(), at(key0), said.line(), extra));
        Advice advice = ADVICE.computeIfAbsent(new AdviceKey(key, cause, platform), Advice::of);
        String fix = advice.fix();
        String next = confidence == Confidence.OBSERVED && cause != Cause.UNKNOWN ? "" : advice.next();
        if (!facts.hasKernelLines()) {
            // only what the player printed: the kernel's side of the same moment says why
            String kernelLog = FindingMessages.format("next.kernel-log");
            next = next.isEmpty() ? kernelLog : kernelLog + " " + next;
        }
        return new Diagnosis(cause, confidence, verdict, fix, next);
    }

    /**
     * The platform whose advice fits the finding a verdict is about: its driver's, where its name
     * or source folder tells one (davinci-mcasp's FIFO error is a TI board's, adm-dma-engine's a
     * Qualcomm one's), else the boot's. A boot's drivers may tell several (a board with another
     * family's codec or DMA, a log of many boards' lines), and its first in the table's order is
     * not the failing driver's.
     */
    private Platform platformOf(Finding key) {
        Platform own = Platform.ofDriver(key.driver(), KnowledgeBase.active().drivers().folder(key.driver()));
        return own != Platform.GENERIC ? own : facts.platform();
    }

    /**
     * The fix and next step of a verdict's key, cause and platform, looked up once: the sentences
     * are constants, and a log of many short boots asked for them per incident.
     */
    private static final Map<AdviceKey, Advice> ADVICE = new ConcurrentHashMap<>();

    private record AdviceKey(String key, Cause cause, Platform platform) {
        // written out: the record's own are slow calls in code the quick compiler made
        @Override
        public boolean equals(Object o) {
            return o instanceof AdviceKey k && platform == k.platform && Objects.equals(key, k.key)
                    && Objects.equals(cause.id(), k.cause.id());
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(key) * 31 + Objects.hashCode(cause.id());
        }
    }

    private record Advice(String fix, String next) {
        static Advice of(AdviceKey k) {
            String cause = k.cause().id();
            String platform = k.platform().key();
            // a verdict with its own fix ("fixfor.KEY", on one platform "fixfor.KEY.PLATFORM") says
            // what to do for that form of the cause
            return new Advice(FindingMessages.first(List.of("fixfor." + k.key() + "." + platform, "fixfor." + k.key(),
                    "fix." + cause + "." + platform, "fix." + cause)), FindingMessages.first(List.of(
                    "nextfor." + k.key() + "." + platform, "nextfor." + k.key(), "next." + cause + "." + platform,
                    "next." + cause, "next." + platform, "next.generic")));
        }
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

    /**
     * Who printed a line without a kernel device: the player ("aplay: main:830: …"), PulseAudio,
     * the kernel for its warnings ("WARNING: CPU: 0 PID: 212 at sound/…"), the DMA engine for a
     * DMA rule's line, the codec for a row of a codec's own source (rt5665's pr_err "HP Calibration
     * Failure", wm8904's "Unable to find FLL_OUTDIV for Fout=%uHz"), else the card.
     */
    private static String printedBy(Finding f) {
        String form = f.form();
        return Printers.of(form, f.evidence().isEmpty() ? "" : f.evidence().get(0).text(),
                form.startsWith("kernel.") || form.startsWith("driver-core.") ? "the kernel"
                        : f.rule().startsWith("dma") ? "the DMA engine"
                        : KnowledgeBase.active().row(form).filter(r -> RowReadings.isCodecSource(r.file())).isPresent()
                                ? "the codec"
                        : "the card");
    }

    /**
     * A verdict that opens with who printed its line starts with a capital where that is a phrase
     * ("The card failed at …"); a device's or driver's own name keeps its case ("wcd939x reported …").
     */
    static String sentence(String verdict) {
        return verdict.startsWith("the ") ? "T" + verdict.substring(1) : verdict;
    }

    private static Optional<Finding> problem(List<Finding> findings, RuleId rule) {
        return findings.stream().filter(f -> rule.of(f) && f.severity().isProblem()).findFirst();
    }

    static PcmDirection direction(List<Finding> findings) {
        for (Finding f : findings) { // asked many times per incident: no stream
            if (f.stream() != PcmDirection.UNKNOWN) {
                return f.stream();
            }
        }
        return PcmDirection.UNKNOWN;
    }
}
