package io.xrunlens.kb.source;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a knowledge-base row says, read from its source file, function and format: the readings
 * a cause's decision names ({@code reads words codec-registers}), each a test of a row's words
 * with the near misses it leaves out. A reading is asked once a row (the analyzer keeps the
 * answer), so these are patterns, not a search of the line.
 */
public final class RowReadings {
    /**
     * Words of a card's interrupt, DMA channel or I/O regions that could not be had: grabbed,
     * requested, obtained, claimed, found free or given ("sb: can't grab irq %d", "cannot obtain IRQ %d",
     * "i2sbus: failed to claim resource %d!", "unable to find a free 16-bit DMA",
     * "could not grab ports %#lx-%#lx", "I/O port region is already in use", "specify or disable
     * IRQ", "request_irq failed"), a PCI device it could not enable ("pci_enable_device failed",
     * "Cannot enable PCI device"), registers or memory it could not map ("Unable to map chip
     * registers.", "unable to map memory region 0x%lx-0x%lx", "unable to remap MMIO, aborting",
     * "ioremap failed"), an interrupt or port not given or not valid ("Error! IRQ isn't defined.",
     * "invalid IRQ %d");
     * not "Failed to get amixer resources", ctxfi's own allocator's.
     * A legacy or PCI card's driver ({@link #LEGACY_CARD_FILE}) that prints them gives the card
     * up: it has no optional parts of an ASoC board to do without.
     */
    private static final Pattern RESOURCE_NOT_HAD = Pattern.compile(
            "\\b(?:grab|grap|request|allocate|reserve|regain|use|remap|specify|find a free|can't get|cannot get|could not get"
                    + "|couldn't get|unable to get|obtain|acquire|claim)\\b[^,;:]*?(?<![a-z0-9])"
                    + "(?:irq|interrupt|dma[0-9]*|ports?|i/o|regions?|resources?)(?![a-z])"
                    + "|\\bport conflict|\\bregion is already in use|\\brequest_(?:threaded_)?irq\\b|\\bpci_request_regions?\\b"
                    + "|\\birq request failed|\\bpci_enable_device\\b|\\benable (?:the )?pci device"
                    + "|\\b(?:re)?map\\b[^,;:]*?\\b(?:memory region|registers|mmio)\\b|\\bioremap\\b"
                    + "|\\bcannot share irq|\\birq\\b[^,;:]*?\\b(?:isn'?t|is not|not) (?:defined|specified|given)\\b"
                    + "|\\binvalid (?:irq|dma\\d*|port) (?:%|#|0x)|\\birq %d busy\\b(?![^,;:]*\\busing)");
    /** A legacy card's parts it goes on without, in words: its FM synthesizer, its MIDI port. */
    private static final String OPTIONAL_PARTS = "synth|\\bopl|mpu|midi";
    /**
     * An ISA PnP configuration of the card's own part that failed ("AUDIO pnp configure failure",
     * "PnP configure failure (out of resources?)"); not of a part it goes on without (an MPU-401,
     * a wavetable, a game port, an FM synthesizer: "MPU-401 PnP configure failure: will be disabled").
     */
    private static final Pattern PNP_NOT_CONFIGURED = Pattern.compile("\\bpnp\\b[^,;:]*?\\bconfigur\\w* fail|\\bout of resources\\b");
    private static final Pattern OPTIONAL_PART = Pattern.compile(
            OPTIONAL_PARTS + "|wavetable|gameport|game port|tone ?control|\\bfm\\b|disabl");
    /**
     * Words of a card's own chip or board not found where its driver probed, or not answering
     * there ("OPTI chip not found", "SB 16 chip was not detected at 0x%lx", "AD1848 not found during
     * probe", "no AD1816A based soundcards found.", "cannot find ALi 7101 chip.", "board not
     * responding correctly.", "no response to HW version cmd.", "reset at 0x%lx failed!!!").
     */
    private static final Pattern CHIP_NOT_FOUND = Pattern.compile(
            "\\b(?:chip|board|hardware|soundcards?|card|[a-z]+ ?\\d{2,}[a-z0-9]*)\\b[^,;:]*?\\bnot (?:found|detected|present|responding)"
                    + "|\\b(?:cannot|can't|could not|couldn't|unable to) (?:find|detect)\\b[^,;:]*?\\b(?:chip|board)\\b"
                    + "|\\bno\\b[^,;:]*?\\b(?:chip|board|soundcards?)\\b[^,;:]*?\\bfound|\\bno response to\\b"
                    + "|\\breset\\b[^,;:]*?\\bfail");
    /**
     * An optional part's, a pretend card's or a file's: an FM synthesizer, a MIDI port, a radio
     * tuner, a DSP's symbol, the dummy card; not {@link #CHIP_NOT_FOUND}.
     */
    private static final Pattern NOT_THE_CARDS_CHIP = Pattern.compile(OPTIONAL_PARTS
            + "|radio|tuner|symbol|firmware|\\bfile|emu-?8000|dummy|\\bcodecs?\\b|ac.?97|gpio|\\bcsp\\b|\\bwarning\\b");
    /**
     * Words of memory that could not be had: "Out of memory", "no memory for descriptors", "not
     * enough memory for async_desc struct", "kzalloc failed", "failed to allocate %zu bytes for
     * DMA", "can't allocate dma pages for size %d", "-ENOMEM"; not a channel, port, interrupt or
     * control number that could not be allocated.
     */
    private static final Pattern MEMORY_NOT_HAD = Pattern.compile(
            "out of memory|\\bno (?:free |more )?memory\\b|not enough memory|insufficient memory|\\benomem\\b"
                    + "|\\b(?:kzalloc|kmalloc|kcalloc|vmalloc|vzalloc|devm_kzalloc|devm_kcalloc|kmemdup|malloc)\\b"
                    + "[^,;:]*?\\b(?:fail|error|err\\b)"
                    + "|(?:fail\\w*|unable|can'?t|cannot|could not|couldn'?t|no room) (?:to )?(?:allocate|alloc|reserve)\\b"
                    + "[^,;:]*?\\b(?:memory|mem|buffers?|bytes|pages)\\b"
                    + "|\\b(?:memory|mem|buffer|pages?) alloc\\w* (?:fail|error)");
    /**
     * A DMA engine's own descriptors, their pool or linked-list items that could not be allocated
     * ("unable to allocate descriptor pool", "failed to allocate lli", "Descriptor pool allocation
     * failed"): memory, whatever the words. Not an audio driver's "Failed to allocate a dma
     * descriptor", which is the engine's prep that returned none.
     */
    private static final Pattern DESCRIPTORS_NOT_HAD = Pattern.compile(
            "(?:fail\\w*|unable|can'?t|cannot|could not|couldn'?t) (?:to )?alloc\\w*\\b[^,;:]*?\\b(?:desc\\w*|lli|pool)\\b"
                    + "|\\b(?:desc\\w*|lli|pool) alloc\\w* (?:fail|error)");
    /**
     * Not memory the kernel allocates, or not given up on: a device's I/O memory or memory
     * resource, a card's own synthesizer memory and samples, a default used instead.
     */
    private static final Pattern NOT_MEMORY_NOT_HAD = Pattern.compile(
            "i/o memory|\\bio ?memory|memory resource|iomem|synth|\\bsamples?\\b|\\bpatch|\\busing\\b|default");
    /** Memory for a DMA buffer ("can't allocate dma pages for size %d"), not a channel: not {@link #RESOURCE_NOT_HAD}. */
    private static final Pattern DMA_MEMORY = Pattern.compile("\\b(?:pages|bytes|buffers?)\\b");
    /**
     * A driver of a card that is not put together by ASoC (ISA, PCI, PCMCIA, a bus's own, the old
     * machines'), or the PCI glue of an audio controller under ASoC (AMD's ACP: "pci-acp6x.c"),
     * which the rest of its card waits for.
     */
    private static final Pattern LEGACY_CARD_FILE = Pattern.compile(
            "sound/(?:isa|pci|drivers|pcmcia|ppc|sparc|mips|parisc|sh|arm|aoa|x86)/.*|sound/soc/.*pci[\\w-]*\\.c");

    /** A legacy or PCI card's driver's file ({@link #LEGACY_CARD_FILE}), not HDA's. */
    private static boolean isLegacyCardFile(String file) {
        return LEGACY_CARD_FILE.matcher(file).matches() && !file.contains("/hda");
    }

    /**
     * Words of a register read or write, or of the register cache written back: "Failed to read
     * jack status: %d", "register write error %d", "sdw read failed: %d", "update_bits err = %d",
     * "Failed to sync cache: %d", "IO error in %s, ret %d".
     */
    private static final Pattern REGISTER_ACCESS = Pattern.compile(
            "\\b(?:read|reading|reads|write|writing|writes|wrote|update|updating|access\\w*)\\b|update_bits"
                    + "|regmap_(?:read|write|update|raw|bulk|multi)|\\bi/?o (?:error|fail)"
                    + "|\\b(?:sync\\w*|restor\\w*)\\b(?: \\w+)? (?:cache|regs?|registers?|regmap)\\b|regcache");
    /** A failure in words; not a timeout, which beside a read is a register polled that never changed. */
    private static final Pattern ACCESS_FAILED = Pattern.compile(
            "fail|error|\\berr\\b|err ?[=:]|unable|can'?t|cannot|could not|not respond");
    /**
     * What a read or write of something else than the chip's registers says: a firmware, tuning
     * or calibration file, the device tree or ACPI, a GPIO, memory, an SoC's register file (the
     * GRF of Rockchip's internal codecs); or a request the driver itself found wrong ("Invalid
     * read for reg_size", "Bad write align"), a chip that answered with the wrong identity, a
     * DSP's queue ("Error reading avail").
     */
    private static final Pattern NOT_REGISTER_ACCESS = Pattern.compile(
            "firmware|\\bfw\\b|\\bfile|\\bbin\\b|pars|propert|device ?tree|\\bdt\\b|\\bnode\\b|gpio|acpi|\\bdsd\\b|\\befi\\b"
                    + "|calib\\w* data|nvmem|kcontrol|\\bctl\\b|blob|\\bparams?\\b|list of|(?<!\\w)of_|mutex|memory|alloc"
                    + "|\\bbuffer|\\bbuf\\b|\\bdma\\b|\\bpcm\\b|\\burb\\b|signature|expected|unknown|unsupported|mismatch"
                    + "|invalid|\\bbad\\b|align|boundary|not valid|\\bdais?\\b|\\bavail|\\bgrf\\b|syscon");
    /**
     * Functions that read a firmware file's contents or the device's description, not the chip
     * ("Failed to read %s" in a parser, "Failed to read micd configs" in a get_pdata).
     */
    private static final Pattern FILE_READER = Pattern.compile("pars|regbin|pdata|_dt\\b|_of\\b|_of_");

    /**
     * AMD's audio co-processor's words that it did not power on, come out of reset or initialise
     * ("ACP power on failed", "ACP3x reset failed", "Failed to reset ACP", "ACP Init failed
     * status:%d"), which its PCI or platform driver prints before it gives its probe up.
     */
    private static final Pattern CO_PROCESSOR_NOT_UP = Pattern.compile(
            "power on failed|reset failed|failed to reset acp|\\bacp\\w* init failed");

    /**
     * A device's own resources its probe sets up, in words: a reset line ("Failed to get reset
     * control", "could not get audiosys reset", "Failed to deassert the reset control", "Reset
     * controller error"), its register map ("failed to init regmap", "failed to get gpr regmap"),
     * a supply ("failed to get 'ana' regulator") or its interrupt ("failed to claim irq %u", "TX IRQ
     * request failed", "can't register ISR for IRQ %u"); not a pin state or GPIO of that name
     * (AC'97's "Can't find pinctrl state ac97-reset", a jack's "Failed to map headset detect gpio to irq").
     */
    private static final Pattern PROBE_RESOURCE = Pattern.compile(
            "\\bresets?\\b|\\bdeassert|\\bregmap|register map|regulator|\\bsuppl(?:y|ies)\\b|\\birq\\b|interrupt|\\bisr\\b");
    private static final Pattern NOT_A_PROBE_RESOURCE = Pattern.compile("pinctrl|gpio");
    /**
     * The functions that put a card's DAI links together: a machine driver's (Intel's
     * "sof_card_dai_links_create", "sof_intel_board_set_dai_link", "create_sdw_dailink",
     * "max_98390_dai_link", "sof_rt1011_codec_conf"), the ASoC core's check of each link
     * ("soc_dai_link_sanity_check") and the generic cards' count of the links their description
     * names ("graph_count", "simple_count_dpcm": "too many links"). An error there leaves the card
     * unregistered.
     */
    private static final Pattern CARD_LINKS = Pattern.compile("dai_?links?|_link$|codec_conf|^(?:graph|simple)_count");
    /**
     * An AC'97 controller's words that its codec did not answer over the AC-link: "codec_read %d:
     * read timeout for register 0x%x", "codec_semaphore: semaphore is not ready", "AC'97 read
     * timeout on codec %u", "ac97 codec stuck busy", "codec_ready: codec %i is not ready", "%s: read
     * error (ac97_reg=%d GSR=%#lx)", "reg echo error on ac97 read", "AC'97 read problem (ACSTS_VSTS),
     * reg = 0x%x"; in a function that reads or
     * writes the AC'97 codec (ARM AACI's aaci_ac97_write: "timeout waiting for write to complete"),
     * whatever its words.
     */
    private static final Pattern AC97 = Pattern.compile("ac.?97");
    private static final Pattern AC97_CODEC = Pattern.compile(AC97.pattern() + "|codec");
    /**
     * A function that reads, writes, resets or waits for the AC'97 codec ("aaci_ac97_write",
     * "snd_ad1889_ac97_ready"), not a stream's trigger.
     */
    private static final Pattern AC97_ACCESS = Pattern.compile(AC97.pattern() + ".*(?:read|write|reset|ready|wait|init|mixer)");
    private static final Pattern NOT_ANSWERED = Pattern.compile(
            "time ?out|timed out|not ready|busy|\\b(?:read|write) (?:error|problem)|error on \\S+ (?:read|write)|read back fail"
                    + "|never read|never arrived|is not valid|\\bno codecs? (?:found|detected|available|initiali[sz]ed|present)"
                    + "|\\bnot find any codecs?\\b|\\bno ac.?97\\b(?: codecs?)?(?: is| was)? (?:found|detected|present)");
    /**
     * A codec's calibration or measurement of its own analog circuit, in words: a headphone
     * output's DC servo ("DC servo timed out", "Timed out waiting for DC Servo"), a calibration
     * ("HP Calibration Failure", "R0 calibration failed", "Cal error", "ALC auto calibration failed
     * with overflow", "Reference oscillator failed calibration"), a headphone or load detection
     * ("HPDET did not complete: %x", "Load detect HP restore timed out", "Impedance detect ramp
     * error").
     */
    private static final Pattern CALIBRATION = Pattern.compile(
            "dc servo|calibrat|\\bcal error|\\bhpdet|impedance detect|load detect");
    /** That it did not finish: it failed, timed out, overflowed or never completed. */
    private static final Pattern NOT_DONE = Pattern.compile(
            "fail|error|time ?out|timed out|time-out|did not|didn'?t|not complete|overflow");
    /**
     * What a row of those words says of something else: the calibration's stored values (an EFI
     * variable, a file, a silicon id: "No calibration for silicon ID %#llx", "Calibrations error"
     * of a firmware's parser), a request to the chip that failed ("Failed to set HPDET mode: %d",
     * "Can't start HPDETL measurement: %d", "Failed to read HPDET status", "Failed to get HPDET
     * IRQ", "Failed to apply calibration: %d"), the board's description, an interrupt, or an
     * error's release ("Cal error release").
     */
    private static final Pattern NOT_A_CALIBRATION = Pattern.compile(
            "\\befi\\b|variable|silicon|calib\\w* (?:data|entry|entries)|\\bno calibration|calibrations|\\bfile|\\bbin\\b"
            + "|pars|firmware|\\bfw\\b|\\bset\\b|\\bstart\\b|\\bget\\b|\\bread\\b|\\bwrite\\b|\\bappl|\\bregs?\\b"
            + "|register|\\birq\\b|interrupt|\\bdt\\b|device ?tree|propert|revision|spurious|release");

    /**
     * A device's description in words: its device-tree node, a property, a phandle or child node
     * of it, the "DT" ("Wrong cirrus,ts-inv DT value %d", "Property 'audio-codec' missing or
     * invalid", "Couldn't parse phandle to qcom,rx-device!", "Insufficient DT parameter(s)",
     * "Failed parsing codec node", "error getting cpu phandle"), or a property by its vendor-prefixed
     * name ("Unable to find required parameter 'cirrus,boost-ctl-millivolt'", "missing 'rockchip,grf'"),
     * or the card's routing property ("failed to parse audio-routing"), or the platform data read from
     * it ("Bad micbias pdata").
     */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "\\bdt\\b|device ?tree|devicetree|\\bpropert(?:y|ies)\\b|\\bnode\\b|phandle|%pof|of_node|sound-dai|audio-routing|\\bbinding\\b"
            + "|\\bpdata\\b"
            + "|(?<![\\w%(])[a-z][a-z0-9]*,[a-z][a-z0-9-]*[a-z0-9](?![\\w()])");
    /**
     * That it is missing, cannot be read, or holds what the driver does not take; a look-up
     * that failed ("Looking up %s property in node %s failed %d").
     */
    private static final Pattern REFUSED = Pattern.compile(
            "wrong|invalid|malformed|missing|insufficient|could not be read|read error|not found|out of range|unsupported"
            + "|\\bbad\\b|\\bno\\b|(?:fail\\w*|unable|can'?t|cannot|could not|couldn'?t|error) (?:to |in )?(?:read|pars|get|find"
            + "|look ?up|determine|init\\b)|not (?:set|specified|provided|defined|present|given|exist)|pars\\w* (?:[\\w/,-]+ )?(?:fail|error)"
            + "|\\blook(?:ing)? ?up\\b[^.:]*? (?:fail|error)");
    /**
     * What other readings tell better of any device's description: a clock, supply, reset line,
     * pin state or interrupt it names (their own causes), a default taken or a feature left off
     * (the probe goes on).
     */
    private static final String OTHER_READINGS = "clk|clock|regulator|suppl|\\breset|pinctrl|\\birq|interrupt|default|disabled"
            + "|\\busing\\b|, use\\b|ignor|assum";
    /**
     * A function that reads the device's description ("cs35l35_handle_of_data", "adau7118_parset_dt",
     * "atmel_pdmic_dt_init", "ab8500_codec_of_probe"): whatever its words, a value it refuses is
     * the description's ("Inductor not specified.", "Invalid dec ratio: %u").
     */
    private static final Pattern DESCRIPTION_FUNCTION = Pattern.compile(
            "(?<!one)_of_|^of_|_of$|(?:^|_)dt(?:_|$)|parse_?dt|parset_dt|_pdata(?:_|$)");
    /** A DMA controller's function that reads a device's request for a channel, not the controller's description. */
    private static final Pattern CLIENTS_REQUEST = Pattern.compile("xlate|glue");
    /**
     * What other readings tell better of an audio driver's, or no description at all: those, a
     * DMA channel it names, a DSP topology's widgets and pins.
     */
    private static final Pattern NOT_A_DESCRIPTION = Pattern.compile(
            OTHER_READINGS + "|\\bdma\\b|pin binding|widget|topology|tplg|\\bpin\\b");
    /**
     * The same for a DMA controller's own row, whose description is its channels' ("dma-channels
     * property"); the arguments of a device's request that its translation reads ("dma phandler
     * args: bad number of args") are that device's description, not the controller's.
     */
    private static final Pattern NOT_A_CONTROLLERS_DESCRIPTION = Pattern.compile(
            OTHER_READINGS + "|\\bargs?\\b|dma.?spec|\\bdmas\\b|xlate");

    /**
     * A codec woken from its low-power state, in words: a runtime resume ("%s: failed to resume
     * %d", "pm_runtime_get_sync failed in %s, ret %d", "Failed to resume for tip work: %d"), a wake
     * from hibernation ("Wake failed, re-enter hibernate: %d"), a power-up ("Failed to power up
     * component: %d", "%s chip power on failed").
     */
    private static final Pattern WOKEN = Pattern.compile(
            "resum|\\bwake\\b|pm_runtime|runtime_get|runtime get|power(?:ed)? ?(?:up|on)\\b|hibernat");
    /**
     * What a row of those words says of something else: an interrupt set up to wake the system
     * ("Failed to set JD rise IRQ wake: %d"), runtime power management switched on at probe, or a
     * supply, clock, firmware or register the resume needed (their own readings).
     */
    private static final Pattern NOT_WOKEN = Pattern.compile(
            "irq wake|wake source|\\bset\\b[^:]*wake|enable pm runtime|suppl|regulator|clk|clock|firmware|\\bfw\\b|cache"
            + "|register|\\bread\\b|\\bwrite\\b");

    /**
     * A legacy or PCI card's on-board processor or programmable logic, and its code: a DSP, a
     * Xilinx FPGA, an ELF image, a firmware ("load_dsp: DSP load timed out waiting for HF4",
     * "xilinx or elf not successfully loaded", "image download error", "Firmware loading from
     * cache failed, please upload manually.").
     */
    private static final Pattern CARD_IMAGE = Pattern.compile(
            "firmware|\\bfw\\b|\\bimage\\b|xilinx|\\belf\\b|fpga|\\basic\\b|microcode|\\bdsp\\b");
    /**
     * That it was not there, was loaded, requested, started, reset or resumed and did not come up,
     * or is not the code the driver expects ("wrong size", "version mismatch", "magic word").
     */
    private static final Pattern NOT_LOADED = Pattern.compile(
            "(?:load|download|upload|request|\\bboot|initiali[sz]|\\bstart|reset|resume|install|handshake)\\w*"
            + "[^.!]*?(?:fail|error|\\berr\\b|time ?out|timed out|cannot|can'?t|could not|not success|unable)"
            + "|(?:fail|error|\\berr\\b|time ?out|timed out|cannot|can'?t|could not|couldn'?t|unable)\\w*[^.!]*?"
            + "(?:load|download|upload|request|\\bboot|initiali[sz]|\\bstart|reset|install|handshake|\\bget\\b)"
            + "|not (?:success\\w* )?(?:loaded|started)|not (?:found|available|present)|nor cached|needs to be (?:up)?loaded"
            + "|wrong size|too short|mismatch|incompatible|invalid firmware|magic word|corrupted|crashed|fatal");
    /**
     * A synthesizer's patches and samples, which a user loads later, and a MIDI port left off:
     * not the card's own code.
     */
    private static final Pattern SYNTH_DATA = Pattern.compile("\\bpatch|alias|drum|multisample|\\bmidi\\b");

    /**
     * A stream's parameter in words: its channels, sample width or format ("too many channels for
     * spdif dai: %u", "Capture channels (%d) > usable channels (%d)", "only supports 16-bit audio
     * data", "Data format not supported", "%d bits/sample not supported").
     */
    private static final Pattern STREAM_PARAMETER = Pattern.compile(
            "\\bchannels?\\b|\\bwidth\\b|bits?/sample|bits per sample|\\bbits?\\b|data size|sample size|word length"
            + "|\\bformats?\\b");
    /** A TDM link's slots in words ("Unsupported slot-count (slots = %d)", "inconsistent number of Tx timeslots"). */
    private static final Pattern SLOTS = Pattern.compile("\\bslots?\\b|slot[- ]?(?:width|count|number)|timeslots?|\\btdm\\b");
    /** That the driver does not take it. */
    private static final Pattern PARAMETER_REFUSED = Pattern.compile(
            "unsupported|not support|invalid|wrong|too many|too few|\\bbad\\b|mismatch|inconsistent|\\bmust\\b"
            + "|supports? only|only supports?|only possible|can'?t (?:afford|give)|exceed|> usable|out of range"
            + "|not (?:valid|allowed|possible)");
    /**
     * What those words say of something else: a DMA channel, the description or a DSP topology, a
     * clock or rate (their own readings), an equaliser's or a control's channel by name, a card's
     * slot by index, a value the driver could not set, read or get, an AC'97 link's slots.
     */
    private static final Pattern NOT_A_STREAM_PARAMETER = Pattern.compile(
            "\\bdma\\b|\\bdt\\b|propert|cells|firmware|topology|tplg|widget|clk|clock|\\brates?\\b|dai fmt|dai format"
            + "|daifmt|frame format|\\beq\\b|biquad|\\bname\\b|\\bindex\\b|slot id|channel type|selection|\\bset\\b"
            + "|\\bread\\b|\\bget\\b|ac.?97");
    /** Functions that read the board's description or probe: their words are the description's. */
    private static final Pattern DESCRIPTION_READER = Pattern.compile("probe|pars|_dt\\b|_of\\b|_of_|of_data|pdata");

    /**
     * An audio DMA engine in words, in an SoC's audio source: its channels' control and buffer
     * registers (Qualcomm LPASS's "rdmactl", "wrdma", "dmactl"), MediaTek's memory interfaces
     * ("memif").
     */
    private static final Pattern AUDIO_DMA = Pattern.compile("dma|memif");
    /** A register, or a field of one, read, written or updated ("error writing to rdmactl reg: %d"). */
    private static final Pattern REGISTER_WORDS = Pattern.compile("\\breg\\b|register|regmap|\\bfield\\b|\\benable\\b");
    /** That its access failed. */
    private static final Pattern REGISTER_FAILED = Pattern.compile(
            "\\berror\\b|\\berr\\b|fail|unable|can'?t|cannot|could not");
    /** What such words say of something else: a clock, a registration, the description ("%pOF: failed to read reg"). */
    private static final Pattern NOT_A_DMA_REGISTER = Pattern.compile("clk|clock|regist|%pof");
    /** An audio DMA or PCM platform driver's own file ("lpass-platform.c", "lpass-cdc-dma.c", "mtk-afe-fe-dai.c"). */
    private static final Pattern AUDIO_DMA_FILE = Pattern.compile("sound/soc/.*/[\\w-]*(?:dma|platform|pcm|afe-fe)[\\w-]*\\.c");
    /** Words of a register's access in such a file, whatever register ("error updating bursten field: %d"). */
    private static final Pattern REGISTER_ACCESSED = Pattern.compile(
            "(?:writing|reading|updating|write|read|update)\\b[^:]*\\b(?:reg|register|field)\\b");

    private RowReadings() {
    }

    /**
     * Whether a row of {@code file} in ASoC (not a codec's or a DSP's; not DAPM's, whose link
     * events are a stream's), printed where a card's DAI links are put together ({@link
     * #CARD_LINKS}), says so: the links do not fit, and the card does not register.
     */
    public static boolean namesACardLinkNotMade(String file, String function) {
        return isAsocButNoCodecOrDsp(file) && !file.endsWith("/soc-dapm.c") && CARD_LINKS.matcher(function).find();
    }

    /**
     * Whether {@code file} is a codec's own source ({@link FamilyGuess#CODEC_FILE}): ASoC's, I2C's
     * or AC'97's codecs, HDA's side codecs.
     */
    public static boolean isCodecSource(String file) {
        return FamilyGuess.CODEC_FILE.matcher(file).matches();
    }

    /** Whether {@code file} is ASoC's (its core, a DAI's, a platform's, a machine driver's), not a codec's or a DSP's. */
    private static boolean isAsocButNoCodecOrDsp(String file) {
        return file.startsWith("sound/soc/") && !isCodecSource(file) && !FamilyGuess.DSP_PATH.matcher(file).find();
    }

    /**
     * Whether a row of {@code file}, a DAI's or an audio platform's driver of ASoC (not a codec's,
     * a DSP's or AMD's co-processor's), printed in its probe (or the platform registration its
     * probe calls, Qualcomm's asoc_qcom_lpass_platform_register), says a reset line, its register
     * map, a supply or its interrupt could not be had ({@link #PROBE_RESOURCE}): the device does
     * not probe, and the card waits for it.
     */
    public static boolean namesAProbeResourceNotHad(String file, String function, String format) {
        String words = format.toLowerCase(Locale.ROOT);
        return isAsocButNoCodecOrDsp(file) && !file.startsWith("sound/soc/amd/")
                && (function.contains("probe") || function.endsWith("parse_dt") || function.endsWith("platform_register"))
                && PROBE_RESOURCE.matcher(words).find() && !NOT_A_PROBE_RESOURCE.matcher(words).find();
    }

    /**
     * Whether a row of {@code file}, a legacy or PCI card's driver ({@link #LEGACY_CARD_FILE}, not
     * HDA's) or an ASoC AC'97 controller's (words or a function that name AC'97: "timeout on ac97 bus
     * (rdy)", "ac97c: codec not ready after cold reset"), says its AC'97 codec did not answer ({@link
     * #AC97_CODEC}, {@link #NOT_ANSWERED}).
     */
    public static boolean namesAnAc97CodecSilent(String file, String function, String format) {
        String words = format.toLowerCase(Locale.ROOT);
        boolean ac97Function = AC97_ACCESS.matcher(function.toLowerCase(Locale.ROOT)).find();
        boolean controller = isLegacyCardFile(file)
                && (AC97_CODEC.matcher(words).find() || ac97Function)
                || isAsocButNoCodecOrDsp(file) && (AC97.matcher(words).find() || ac97Function);
        return controller && NOT_ANSWERED.matcher(words).find();
    }

    /**
     * Whether a row of {@code file}, a codec's own source ({@link FamilyGuess#CODEC_FILE}), says that a
     * calibration or measurement of the chip's analog circuit did not finish ({@link
     * #CALIBRATION}, {@link #NOT_DONE}, none of {@link #NOT_A_CALIBRATION}).
     */
    public static boolean namesACalibrationNotDone(String file, String format) {
        String words = format.toLowerCase(Locale.ROOT);
        return isCodecSource(file) && CALIBRATION.matcher(words).find()
                && NOT_DONE.matcher(words).find() && !NOT_A_CALIBRATION.matcher(words).find();
    }

    /**
     * Whether a row of {@code file}, an audio driver's (not HDA's, whose nodes are a codec's
     * widgets, nor a DSP topology's) or a DMA controller's, says the device's description is
     * missing or holds what its driver does not take ({@link #DESCRIPTION}, or any words of a
     * function that reads it, {@link #DESCRIPTION_FUNCTION}; {@link #REFUSED},
     * none of {@link #NOT_A_DESCRIPTION}; for a DMA controller, whose description names its
     * channels, none of {@link #NOT_A_CONTROLLERS_DESCRIPTION}): its probe gives up.
     */
    public static boolean namesADescriptionRefused(String file, String function, String format) {
        String words = format.toLowerCase(Locale.ROOT);
        // (the DMA core's own files speak of the node of the device that asks for a channel)
        boolean controller = file.startsWith("drivers/dma/") && !file.equals("drivers/dma/of-dma.c")
                && !file.equals("drivers/dma/dmaengine.c");
        boolean audio = file.startsWith("sound/") && !file.startsWith("sound/hda/") && !file.startsWith("sound/pci/hda/")
                && !file.contains("topology") && !file.contains("ipc4");
        // (a DMA controller's translation of a device's request reads that device's description)
        boolean reader = DESCRIPTION_FUNCTION.matcher(function).find()
                && !(controller && CLIENTS_REQUEST.matcher(function).find());
        return (audio || controller) && (reader || DESCRIPTION.matcher(words).find())
                && REFUSED.matcher(words).find()
                && !(controller ? NOT_A_CONTROLLERS_DESCRIPTION : NOT_A_DESCRIPTION).matcher(words).find();
    }

    /**
     * Whether a row of {@code file}, a codec's own source ({@link FamilyGuess#CODEC_FILE}), says the chip
     * could not be woken from its low-power state ({@link #WOKEN}, a failure, none of {@link
     * #NOT_WOKEN}).
     */
    public static boolean namesAWakeFailed(String file, String format) {
        String words = format.toLowerCase(Locale.ROOT);
        return isCodecSource(file) && WOKEN.matcher(words).find() && ACCESS_FAILED.matcher(words).find()
                && !NOT_WOKEN.matcher(words).find();
    }

    /**
     * Whether a row of {@code file}, a legacy or PCI card's driver ({@link #LEGACY_CARD_FILE},
     * not HDA's), says the card's own DSP, FPGA or firmware did not load or start ({@link
     * #CARD_IMAGE}, {@link #NOT_LOADED}, none of {@link #SYNTH_DATA}).
     */
    public static boolean namesACardImageNotLoaded(String file, String format) {
        String words = format.toLowerCase(Locale.ROOT);
        return isLegacyCardFile(file) && CARD_IMAGE.matcher(words).find()
                && NOT_LOADED.matcher(words).find() && !SYNTH_DATA.matcher(words).find();
    }

    /**
     * Whether a row of {@code file}, an audio driver's, printed outside its probe and its reading
     * of the board's description ({@link #DESCRIPTION_READER}), says it does not take a stream's
     * channels, sample width or format ({@link #STREAM_PARAMETER}, {@link #PARAMETER_REFUSED}, none
     * of {@link #NOT_A_STREAM_PARAMETER}); with {@code slots}, a TDM link's slots ({@link #SLOTS}),
     * else no slot.
     */
    public static boolean namesAStreamParameterRefused(String file, String function, String format, boolean slots) {
        String words = format.toLowerCase(Locale.ROOT);
        return file.startsWith("sound/") && !DESCRIPTION_READER.matcher(function.toLowerCase(Locale.ROOT)).find()
                && SLOTS.matcher(words).find() == slots && (slots || STREAM_PARAMETER.matcher(words).find())
                && PARAMETER_REFUSED.matcher(words).find() && !NOT_A_STREAM_PARAMETER.matcher(words).find();
    }

    /**
     * Whether a row of {@code file}, an SoC audio source's (not a codec's, nor a DSP's), printed
     * outside its probe, says the registers of its audio DMA could not be read or written: words
     * of an audio DMA ({@link #AUDIO_DMA}) and of a register or its enabling that failed, or, in an
     * audio DMA or PCM platform driver's own file ({@link #AUDIO_DMA_FILE}), any register's
     * access that failed ({@link #REGISTER_ACCESSED}).
     */
    public static boolean namesADmaRegisterFailed(String file, String function, String format) {
        String words = format.toLowerCase(Locale.ROOT);
        if (!isAsocButNoCodecOrDsp(file) || DESCRIPTION_READER.matcher(function.toLowerCase(Locale.ROOT)).find()
                || !REGISTER_FAILED.matcher(words).find() || NOT_A_DMA_REGISTER.matcher(words).find()) {
            return false;
        }
        return AUDIO_DMA.matcher(words).find() && REGISTER_WORDS.matcher(words).find()
                || AUDIO_DMA_FILE.matcher(file).matches() && REGISTER_ACCESSED.matcher(words).find();
    }

    /** Whether a row of {@code file}, of AMD's ACP drivers, says the co-processor did not come up. */
    public static boolean namesACoProcessorNotUp(String file, String format) {
        return file.startsWith("sound/soc/amd/") && CO_PROCESSOR_NOT_UP.matcher(format.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether a row of {@code file}, a codec's own source ({@link FamilyGuess#CODEC_FILE}), says that the
     * chip's registers could not be read or written ({@link #REGISTER_ACCESS}, {@link
     * #ACCESS_FAILED}, none of {@link #NOT_REGISTER_ACCESS}), where {@code function} reads no file.
     */
    public static boolean namesARegisterAccessFailed(String file, String function, String format) {
        String words = format.toLowerCase(Locale.ROOT);
        return isCodecSource(file) && !FILE_READER.matcher(function).find()
                && REGISTER_ACCESS.matcher(words).find()
                && ACCESS_FAILED.matcher(words).find() && !NOT_REGISTER_ACCESS.matcher(words).find();
    }

    /**
     * Whether a row of {@code file}, a legacy or PCI card's driver's (not HDA's, nor ASoC's), says the card's
     * own chip or board was not found where it probed, or did not answer there ({@link
     * #CHIP_NOT_FOUND}, none of {@link #NOT_THE_CARDS_CHIP}): its driver gives the card up.
     */
    public static boolean namesACardChipNotFound(String file, String format) {
        String words = format.toLowerCase(Locale.ROOT);
        // (an audio co-processor's PCI glue under ASoC has its own reading: acp-not-up)
        return isLegacyCardFile(file) && !file.startsWith("sound/soc/")
                && CHIP_NOT_FOUND.matcher(words).find()
                && !NOT_THE_CARDS_CHIP.matcher(words).find();
    }

    /**
     * Whether a row of {@code file}, an audio driver's or a DMA engine's, says memory it needed
     * could not be allocated ({@link #MEMORY_NOT_HAD}; a DMA engine's {@link #DESCRIPTORS_NOT_HAD};
     * none of {@link #NOT_MEMORY_NOT_HAD}).
     */
    public static boolean namesMemoryNotHad(String file, String format) {
        String words = format.toLowerCase(Locale.ROOT);
        boolean engine = file.startsWith("drivers/dma/");
        return (file.startsWith("sound/") || engine)
                && (MEMORY_NOT_HAD.matcher(words).find() || engine && DESCRIPTORS_NOT_HAD.matcher(words).find())
                && !NOT_MEMORY_NOT_HAD.matcher(words).find();
    }

    /**
     * Whether a row of {@code file} is a legacy or PCI card's driver's word that it could not
     * have its interrupt, DMA channel or I/O regions ({@link #RESOURCE_NOT_HAD}), or whose own
     * part's ISA PnP configuration failed ({@link #PNP_NOT_CONFIGURED}, none of {@link #OPTIONAL_PART}).
     */
    public static boolean namesACardResourceNotHad(String file, String format) {
        String words = format.toLowerCase(Locale.ROOT);
        // (a part it goes on without says so: "MPU401 pnp configure failure, skipping")
        return LEGACY_CARD_FILE.matcher(file).matches() && !DMA_MEMORY.matcher(words).find() && !words.contains("skip")
                && (RESOURCE_NOT_HAD.matcher(words).find()
                        || PNP_NOT_CONFIGURED.matcher(words).find() && !OPTIONAL_PART.matcher(words).find());
    }
}
