package io.xrunlens.parser;

import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.catalog.MessageForm;
import io.xrunlens.event.Message;
import io.xrunlens.kb.SoundDrivers;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines after the first line of an oops ("BUG: kernel NULL pointer dereference, address: …",
 * "Unable to handle kernel paging request at virtual address …", "Internal error: Oops: …",
 * "kernel BUG at …!": the catalogue's {@code oops.*} rows). What says where the kernel crashed
 * holds no word the keyword test knows: the site the architecture prints (x86-64 "RIP:
 * 0010:snd_hdac_stream_start+0x1a/0x80 [snd_hda_core]", before 4.x with "[&lt;addresses&gt;]"
 * first; 32-bit x86 "EIP is at …" or "EIP: …"; arm64 "pc : fsl_sai_trigger+0x74/0x2a0" and
 * "lr : …"; 32-bit ARM "PC is at …", "LR is at …"; RISC-V "epc : …", "ra : …") and the call trace's frames ("
 * azx_pcm_trigger+0x1c5/0x270 [snd_hda_codec]", ARM's "(fsl_sai_trigger) from (…)"). So for
 * {@value #LINES} lines after such a line, or up to its "---[ end trace", every line is read here
 * first. The first of those functions that is audio's or DMA's code ({@link #isAudio}) gives the
 * window's one event: the crash, a message of {@link MessageCatalog#KERNEL_CRASH} whose values are the function, its
 * module (or "") and the oops's first line. A crash elsewhere gives none.
 *
 * <p>One per reader: its state follows the lines of one block in order (an oops that a block's
 * end cuts is read as far as the block holds it).
 */
final class CrashWindow {
    /** Lines read after an oops's first line: its registers, code and call trace fit in them. */
    static final int LINES = 80;
    /** Frames of the call trace looked at: the crash's own callers, not the syscall's entry below them. */
    static final int FRAMES = 16;


    /** A function with its offset, "+0x74/0x2a0", and the module in brackets after it. */
    private static final String SYMBOL = "([A-Za-z_][A-Za-z0-9_.]*)\\+0x[0-9a-f]+/0x[0-9a-f]+(?:\\s+\\[([A-Za-z0-9_]+)\\])?";
    /**
     * Addresses before a frame: "[&lt;c0012345&gt;]", or as a web page's paste leaves them, with the
     * angle brackets taken for a tag ("[]") or the brackets gone ("c0012345  (…) from …").
     */
    private static final String ADDRESSES = "(?:\\[<[0-9a-f]+>\\]\\s*|\\[\\]\\s*|[0-9a-f]{8}(?:[0-9a-f]{8})?\\s+)*";
    /** The registers an oops names its site and caller by. */
    private static final Pattern SITE = Pattern.compile("\\s*(?:RIP: [0-9a-f]{4}:|EIP: (?:[0-9a-f]{4}:)?|pc : |lr : "
            + "|PC is at |LR is at |EIP is at |epc : |ra : )" + ADDRESSES + SYMBOL + ".*");
    /** A frame of the trace: "? " for one the unwinder is unsure of; ARM's "(callee) from (caller)". */
    private static final Pattern FRAME = Pattern.compile("\\s*" + ADDRESSES + "(?:\\? )?" + SYMBOL + "\\s*");
    /** A frame the unwinder is unsure of: "? " before it. */
    private static final Pattern UNSURE = Pattern.compile("\\s*" + ADDRESSES + "\\? ");
    /** 32-bit ARM's "(callee) from (caller)", the callee with its offset (3.x) or its module (5.x: "(f [snd_usb_audio])"). */
    private static final Pattern ARM_FRAME = Pattern.compile("\\s*" + ADDRESSES + "\\(([A-Za-z_][A-Za-z0-9_.]*)"
            + "(?:\\+0x[0-9a-f]+/0x[0-9a-f]+)?(?: \\[([A-Za-z0-9_]+)\\])?\\) from .*");
    /**
     * The task the report names before its site or trace: an oops's "CPU: 0 PID: 421 Comm: arecord
     * Not tainted …", a hung task's "task:aplay state:D stack:0 pid:1234 …".
     */
    private static final Pattern TASK = Pattern.compile("(?:CPU: \\d+ (?:UID: \\d+ )?PID: \\d+ Comm: |task:)(\\S+).*");
    /** The task a warning's first line names last in kernels after 6.12 ("…, CPU#2: swapper/2/0": comm/pid). */
    private static final Pattern HEADER_TASK = Pattern.compile(", CPU#\\d+: (\\S+)/\\d+$");
    /** Functions of the ALSA, ASoC, HDA and DMA-PCM cores and of drivers named for them. */
    private static final List<String> AUDIO_PREFIXES = List.of("snd_", "soc_", "dpcm_", "asoc_", "azx_", "hdac_",
            "hda_", "sof_", "dmaengine_pcm_", "sdma_");

    private int left;
    private int frames;
    private String header = "";
    private String task = "";
    private MessageForm kind = MessageCatalog.KERNEL_CRASH;
    private boolean told;

    /**
     * Opens a window after an oops's first line; a second one before the crash is told (arm64's
     * "Internal error: Oops: …" after its "Unable to handle kernel …") keeps the first, which
     * says what went wrong.
     */
    void open(String firstLine, MessageForm what) {
        if (left > 0 && !told && kind == what) {
            left = LINES;
            return;
        }
        left = LINES;
        frames = 0;
        header = firstLine;
        Matcher named = HEADER_TASK.matcher(firstLine);
        task = named.find() ? named.group(1) : "";
        kind = what;
        told = false;
    }

    boolean isOpen() {
        return left > 0;
    }

    /**
     * Reads a line of the window (the record's whole text, origin included): the crash's event
     * where the line is the first site, caller or frame in audio or DMA code, else null.
     */
    Message read(String line, SoundDrivers drivers) {
        if (left <= 0) {
            return null;
        }
        left--;
        if (line.contains("---[ end trace")) {
            left = 0;
            return null;
        }
        if (told) {
            return null;
        }
        Matcher named = TASK.matcher(line);
        if (named.matches()) {
            task = named.group(1);
            return null;
        }
        Matcher m = SITE.matcher(line);
        boolean site = m.matches();
        if (!site) {
            m = FRAME.matcher(line);
            if (!m.matches()) {
                m = ARM_FRAME.matcher(line);
                if (!m.matches()) {
                    return null;
                }
            }
            if (kind == MessageCatalog.KERNEL_WARNING && UNSURE.matcher(line).lookingAt()) {
                // x86's warning trace starts with the unwinder's guesses (? __warn, ? report_bug,
                // ? handle_bug, ? exc_invalid_op): neither a caller to name nor one of its frames
                return null;
            }
            if (++frames > FRAMES) {
                return null;
            }
        }
        String function = m.group(1);
        String module = m.groupCount() >= 2 && m.group(2) != null ? m.group(2) : "";
        if (!isAudio(function, module, drivers)) {
            return null;
        }
        told = true;
        return new Message.Catalogued(kind, List.of(function, module, header, task));
    }

    /**
     * Whether a checker's report may be audio's: KASAN and KFENCE name the function that made the
     * bad access on their first line ("… in brcmf_fweh_process_event+0x3c/0x2a0 [brcmfmac]"), the
     * bug is there whatever called it; UBSAN names its source file; a warning's first line names
     * only where the check sat, which audio code may have called, so its trace decides.
     */
    static boolean mayBeAudios(Message.Catalogued report, SoundDrivers drivers) {
        String id = report.form().id();
        List<String> values = report.values();
        if ((id.equals("kernel.kasan") || id.equals("kernel.kfence")) && values.size() == 2) {
            Matcher m = SITE_IN_HEADER.matcher(values.get(1));
            return m.lookingAt() && isAudio(m.group(1), m.group(2) == null ? "" : m.group(2), drivers);
        }
        if (id.equals("kernel.ubsan") && values.size() >= 2) {
            return values.get(1).startsWith("sound/") || values.get(1).startsWith("drivers/dma/");
        }
        return true;
    }

    /** A checker's site: "snd_pcm_period_elapsed+0x1c/0x80 [snd_pcm]". */
    private static final Pattern SITE_IN_HEADER = Pattern.compile(SYMBOL);

    /**
     * Whether a function (with the module it is in, or "" when built in) is audio's or DMA's code:
     * its module is ALSA's ("snd*"), SoundWire's ("soundwire*") or an audio or DMA driver's by its
     * name or source file; or the function is one of the ALSA, ASoC, HDA or DMA-PCM cores'
     * ({@link #AUDIO_PREFIXES}), or its name starts with an audio or DMA source file's name or a
     * driver's name that holds a '_' or digit ("fsl_sai_trigger" of fsl_sai.c, "rockchip_i2s_…"):
     * a kernel's functions are named so, and a word alone ("media", a name an HDA quirk also
     * registers) would take others'.
     */
    static boolean isAudio(String function, String module, SoundDrivers drivers) {
        if (!module.isEmpty()) {
            // SoundWire's modules (soundwire_bus, soundwire_intel, …) are an audio bus's
            return module.startsWith("snd") || module.startsWith("soundwire") || drivers.isSound(module)
                    || drivers.folderOrFileFolder(module) != null;
        }
        for (String prefix : AUDIO_PREFIXES) {
            if (function.startsWith(prefix)) {
                return true;
            }
        }
        for (int i = function.indexOf('_'); i > 0; i = function.indexOf('_', i + 1)) {
            int next = function.indexOf('_', i + 1);
            String name = next < 0 ? function : function.substring(0, next);
            if (drivers.folderOrFileFolder(name) != null || drivers.isSound(name)) {
                return true;
            }
        }
        return false;
    }
}
