package io.xrunlens.kb;

import io.xrunlens.catalog.LiteralIndex;
import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.catalog.MessageForm;
import io.xrunlens.event.Event;
import io.xrunlens.event.KernelRelease;
import io.xrunlens.event.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every message the kernel's audio and DMA code prints, read from the data files that
 * {@link io.xrunlens.kb.source.KbGenerator} made from the kernel source, plus the user's own
 * folders. A text is matched through an index: each row is filed under its anchor (a pair of
 * adjacent whole words of its literal text, such as "TX underrun", or a word few rows print,
 * {@link AnchorChoice}), so a text is compared only with the rows filed under its own words,
 * and the row with the most literal text that matches it wins. Single words such as "device"
 * or "sound" are in most lines of a busy log, so they anchor nothing.
 *
 * <p>The built-in knowledge base starts from its index ({@value #INDEX}: each anchor and where
 * its rows are) and reads a data file only when a line first holds an anchor of one of its
 * rows: a log meets a few dozen of the 159 files, and start-up stays short.
 */
public final class KnowledgeBase {
    private static final String RESOURCES = "/io/xrunlens/kb/";
    /** The index of the built-in data files: their names, then each anchor and its rows' places. */
    public static final String INDEX = "anchors.tsv";
    private static volatile KnowledgeBase builtIn;
    /** The knowledge base the parser matches with: the built-in one unless a command installed another. */
    private static volatile KnowledgeBase active;

    /** A text recognised as a row, with its printed values. */
    public record Match(KbRow row, Message.Catalogued message) {
    }

    private final KbRows rows;
    /** Each anchor's hash and the references of the rows filed under it. */
    private final AnchorFilter filter;
    private final int unindexed;
    /** The audio and DMA drivers by name: the built-in ones, and a user's folders' aliases. */
    private SoundDrivers drivers = builtInDrivers();
    /** The built-in driver names, read once: every knowledge base without a user's names shares them. */
    private static volatile SoundDrivers builtInNames;

    private KnowledgeBase(KbRows rows, Map<String, int[]> anchored, int unindexed) {
        this(rows, CompiledIndex.of(new KbIndex(List.of(), anchored, unindexed)));
    }

    private KnowledgeBase(KbRows rows, CompiledIndex index) {
        this.rows = rows;
        this.unindexed = index.unindexed();
        this.filter = new AnchorFilter(index.anchors(), index.minSingle(), ref -> rows.entry(ref).parsed().runs(),
                ref -> rows.entry(ref).parsed().ending());
    }

    /**
     * A knowledge base of these rows alone, held in memory (their anchors chosen where they have
     * none): what {@code kb import} asks of the rows it is making.
     */
    public static KnowledgeBase ofRows(List<KbRow> rowList) {
        return inMemory(rowList);
    }

    /** Rows in memory, filed under their anchors (those the data gives, else chosen now). */
    private static KnowledgeBase inMemory(List<KbRow> rowList) {
        KbRows.InMemory rows = new KbRows.InMemory(rowList);
        List<KbEntry> entries = rows.all();
        boolean unchosen = entries.stream().anyMatch(e -> e.row.anchor().isEmpty());
        Map<String, String> chosen = unchosen ? AnchorChoice.choose(entries.stream().map(e -> e.row).toList()) : Map.of();
        Map<String, List<Integer>> anchored = new HashMap<>();
        int none = 0;
        for (int i = 0; i < entries.size(); i++) {
            KbRow row = entries.get(i).row;
            String anchor = row.anchor().isEmpty() ? chosen.get(row.id()) : row.anchor();
            if (anchor.equals(AnchorChoice.NONE)) {
                none++;
            } else {
                anchored.computeIfAbsent(anchor, a -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> refs = new HashMap<>();
        anchored.forEach((a, list) -> refs.put(a, list.stream().mapToInt(Integer::intValue).toArray()));
        return new KnowledgeBase(rows, refs, none);
    }

    /** The built-in knowledge base from its index; its data files are read when first needed. */
    private static KnowledgeBase fromIndex() {
        CompiledIndex index;
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCES + CompiledIndex.NAME)) {
            index = CompiledIndex.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (index == null) { // classes not built by Maven (an IDE): compile the text now
            index = CompiledIndex.of(KbIndex.read(resource(INDEX), INDEX));
        }
        KbRows rows = new KbRows.Resources(RESOURCES, index.files(), builtInOverrides());
        return new KnowledgeBase(rows, index);
    }

    /** The knowledge base lines are matched with: the one {@link #install installed}, else the built-in one. */
    public static KnowledgeBase active() {
        KnowledgeBase kb = active;
        return kb != null ? kb : builtIn();
    }

    /**
     * Makes {@code kb} (the built-in rows and a user's folders) the one every parser of this
     * process matches with; a command does this once, before it reads.
     */
    public static void install(KnowledgeBase kb) {
        active = kb;
    }

    /** The knowledge base shipped in the jar, read once. */
    public static KnowledgeBase builtIn() {
        KnowledgeBase kb = builtIn;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                kb = builtIn;
                if (kb == null) {
                    kb = fromIndex();
                    builtIn = kb;
                }
            }
        }
        return kb;
    }

    /**
     * Starts reading the built-in index on a thread of its own, so that a command's start-up
     * (options, opening the input, detecting its format) overlaps it; the first line that needs
     * it waits for it.
     */
    public static void preload() {
        Thread t = new Thread(KnowledgeBase::builtIn, "xrunlens-kb-load");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The built-in rows followed by those of {@code folders} (every *.tsv in each but its
     * overrides); a user's row of a built-in id replaces it. Everything is read and checked:
     * every override must name a row.
     */
    public static KnowledgeBase withFolders(List<Path> folders) throws IOException {
        List<KbRow> rowList = new ArrayList<>();
        builtIn().rows.all().forEach(e -> rowList.add(e.row));
        KbOverrides overrides = builtInOverrides();
        SoundDrivers names = null;
        for (Path folder : folders) {
            rowList.addAll(readFolder(folder));
            Path file = folder.resolve(KbOverrides.FILE);
            if (Files.isRegularFile(file)) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    overrides.read(r, file.toString());
                }
            }
            Path aliases = folder.resolve(SoundDrivers.FILE);
            if (Files.isRegularFile(aliases)) {
                names = names != null ? names : readBuiltInDrivers(); // a copy: the shared one stays as it is
                names.read(Files.newBufferedReader(aliases, StandardCharsets.UTF_8), aliases.toString());
            }
        }
        KnowledgeBase kb = inMemory(overrides.apply(rowList));
        if (names != null) {
            kb.drivers = names;
            kb.driverFacts.clear(); // worked out from the built-in names, if asked already
        }
        return kb;
    }

    private static SoundDrivers builtInDrivers() {
        SoundDrivers names = builtInNames;
        if (names == null) {
            names = readBuiltInDrivers();
            builtInNames = names;
        }
        return names;
    }

    private static SoundDrivers readBuiltInDrivers() {
        return new SoundDrivers().read(resource(SoundDrivers.FILE), SoundDrivers.FILE)
                .readOlderNames(resource(SoundDrivers.OLDER_NAMES), SoundDrivers.OLDER_NAMES);
    }

    /** The audio and DMA drivers, by the names dev_printk prints. */
    public SoundDrivers drivers() {
        return drivers;
    }

    /**
     * What a line that {@code driver} printed (on {@code device}) at printk {@code level} (-1
     * where the log has none) reads as, where its text matched {@code matched}: the row of its printer
     * ({@link #asPrintedBy}), or null where the row's words are not that driver's to print
     * ({@link #readsAs}) or not at that level ({@link #atItsLevel}). Where the printer's own row
     * is a debug call's and the line was logged as a warning or an error, the matched row
     * stands: the driver printed that text from a call the source does not have at debug level.
     * The reader and {@code explain} both decide so.
     */
    public Message.Catalogued readAs(Message.Catalogued matched, String driver, String device, int level) {
        if (!readsAs(matched.form(), printer(matched, driver), device) && !probedSoundCard(matched, device)) {
            return null;
        }
        MessageForm codecProbe = MessageCatalog.codecProbe(matched.form());
        if (codecProbe != null && !matched.values().isEmpty() && isCodecDriver(matched.values().get(0))) {
            return new Message.Catalogued(codecProbe, matched.values()); // the card waits for that codec
        }
        Message.Catalogued own = sameTextCalls.byFunctionName(asPrintedBy(matched, driver));
        if (atItsLevel(own, level)) {
            return own;
        }
        KbEntry ownRow = own == matched ? null : rows.loaded(own.form().id());
        return ownRow != null && ownRow.row.isDebug() && atItsLevel(matched, level) ? matched : null;
    }

    /**
     * What a line reads as, as {@link #readAs(Message.Catalogued, String, String, int)} says; where
     * the row its text matched first is not that driver's to print, the row of the same text that
     * is ({@link #match(String, String, String, int)}): a codec's "Failed to reset: -5", which a
     * DMA engine's row prints too. Null when neither. The reader and {@code explain} both ask here.
     */
    public Message.Catalogued readAs(Message.Catalogued matched, String text, String driver, String device, int level) {
        return readAs(matched, text, null, driver, device, level);
    }

    /**
     * The same, the driver's own row found among the rows {@code tried} recorded when it
     * recorded them for this text (null, or another text's: found from the text).
     */
    public Message.Catalogued readAs(Message.Catalogued matched, String text, Tried tried, String driver, String device,
                                     int level) {
        Message.Catalogued read = readAs(matched, driver, device, level);
        if (read != null && !ofAnotherFolder(read, driver)) {
            Message.Catalogued own = ownSourcesRow(read, text, tried, driver, level);
            return own != null ? own : unknownDriver(read, driver) ? plainest(read, text, tried, driver, device, level) : read;
        }
        Optional<Match> m = match(text, tried, driver, device, level);
        Message.Catalogued own = m.isPresent() ? readAs(m.get().message(), driver, device, level) : null;
        return own != null ? own : read;
    }

    /**
     * Whether a line read as a row of a file that is not its driver's, a driver drivers.tsv does
     * not know (a vendor kernel's "sunxi-daudio", an audio clock controller's "axg-audio"): which
     * of the files that print its words it is, nothing tells.
     */
    private boolean unknownDriver(Message.Catalogued read, String driver) {
        if (driver.isEmpty() || !read.form().drivers().isEmpty() || read.form().family() == MessageFamily.DRIVER_ERROR
                || facts(driver).folder != null) {
            return false;
        }
        KbEntry row = rows.loaded(read.form().id());
        return row != null && !inFileOf(row.row, driver);
    }

    /**
     * Of the rows of other files as specific as {@code read}'s that print {@code text} (the first
     * one a search meets is {@code read}), a driver error's where they say different things: "failed to init
     * regmap: %d" is a codec's error in aw88261.c and a DAI's in fsl_esai.c, and a line of a
     * driver nobody knows is not claimed to be the codec's.
     */
    private Message.Catalogued plainest(Message.Catalogued read, String text, Tried tried, String driver, String device,
                                        int level) {
        Tried rowsOfText = rowsTried(text, tried);
        KbEntry first = rows.loaded(read.form().id());
        for (int r = 0; r < rowsOfText.size; r++) {
            KbEntry e = rows.entry(rowsOfText.refs[r]);
            if (e.form().family() != MessageFamily.DRIVER_ERROR || e.row.file().equals(first.row.file())
                    || e.parsed().specificity() != first.parsed().specificity() || !holdsEveryRun(text, e.parsed())
                    || !readsAs(e.form(), driver, device) || !atItsLevel(e, level)) {
                continue;
            }
            Matcher m = e.pattern().matcher(text);
            if (m.matches()) {
                return new Message.Catalogued(e.form(), List.copyOf(e.values(m)));
            }
        }
        return read;
    }

    /** {@code tried} where it recorded the rows a search of {@code text} tried; else a search's record of them. */
    private Tried rowsTried(String text, Tried tried) {
        if (tried != null && tried.isFor(this, text)) {
            return tried;
        }
        Tried rowsOfText = new Tried();
        rowsOfText.start(this, text);
        search(text, null, "", -1, rowsOfText);
        return rowsOfText;
    }

    /**
     * Where {@code read} is not a row of the driver's own source (the file that registers its name,
     * or one named as it) and a row of that source with other conversions prints the text too,
     * that row: the driver printed its own. rt5640.c's "Failed to request IRQ %d: %d", a warning
     * it prints and goes on without its jack detection, is not cs35l45.c's probe error "Failed to
     * request IRQ %s: %d" whose words it shares; ownForm finds such a row only where the format is
     * the same. Of the rows the search tried, the most specific that matches; null when none.
     */
    private Message.Catalogued ownSourcesRow(Message.Catalogued read, String text, Tried tried, String driver, int level) {
        KbEntry row = driver.isEmpty() ? null : rows.loaded(read.form().id());
        String registering = drivers.registeringFile(driver);
        if (row == null || ownFile(row.row, driver, registering)) {
            return null;
        }
        Tried rowsOfText = rowsTried(text, tried);
        KbEntry best = null;
        Matcher bestMatcher = null;
        for (int r = 0; r < rowsOfText.size; r++) {
            KbEntry e = rows.entry(rowsOfText.refs[r]);
            if (!ownFile(e.row, driver, registering) || best != null && !moreSpecific(e, best)
                    || !holdsEveryRun(text, e.parsed()) || !atItsLevel(e, level)) {
                continue;
            }
            Matcher m = e.pattern().matcher(text);
            if (m.matches()) {
                best = e;
                bestMatcher = m;
            }
        }
        return best == null ? null : new Message.Catalogued(best.form(), List.copyOf(best.values(bestMatcher)));
    }

    /**
     * Whether a line of a driver drivers.tsv knows read as a row of neither its file nor its
     * folder: one file's text of the same words with another conversion may be its own
     * (fsl_esai.c's "failed to init regmap: %ld", which aw88261.c prints with "%d" as a codec's
     * error), and the driver's own row is then what the line is.
     */
    private boolean ofAnotherFolder(Message.Catalogued read, String driver) {
        if (driver.isEmpty() || !read.form().drivers().isEmpty()) {
            return false;
        }
        String folder = facts(driver).folder;
        KbEntry row = folder == null ? null : rows.loaded(read.form().id());
        return row != null && !inFileOf(row.row, driver) && !inFolder(row.row, folder);
    }

    /**
     * Whether a function the kernel's rate limit names ("i2s_irq_handler: 412 callbacks
     * suppressed") may be an audio or DMA driver's: one of the knowledge base's rate-limited
     * calls is in it ({@link RateLimitedFunctions}: "cs35l41_irq", "retire_capture_urb"), a
     * hand-written row's source names it, or a word of its name is audio's or a DMA engine's
     * (a vendor kernel's "sunxi_daudio_isr"). The audit's or the network stack's count
     * ("kauditd_printk_skb", "net_ratelimit") is nobody's finding: such lines are not handed on.
     */
    public static boolean mayBeAudioFunction(String function) {
        return RateLimitedFunctions.builtIn().contains(function) || MessageCatalog.sourcesName(function)
                || AudioWords.inNameFor(function, "sound") || AudioWords.inNameFor(function, AudioWords.DMA_TREE);
    }

    /** Whether a driver's source is a codec's ("sgtl5000": sound/soc/codecs/sgtl5000.c). */
    private boolean isCodecDriver(String driver) {
        String folder = drivers.folderOrFileFolder(driver);
        return folder != null && (folder.equals(CODECS_FOLDER) || folder.startsWith(CODECS_FOLDER + "/"));
    }

    private static final String CODECS_FOLDER = "sound/soc/codecs";

    /**
     * Whether a driver core's word that a probe failed is about the sound card's device, whatever
     * its driver's name: a vendor kernel's machine driver ("rockchip-rt5640: probe of sound failed
     * with error -22", 6.12's "rockchip-rt5640 sound: probe with driver rockchip-rt5640 failed …")
     * that no drivers.tsv knows binds the device-tree node the bindings name "sound" (or
     * "sound-card", "hdmi-sound", "…-audio", a Raspberry Pi's "soc:sound"): a word of the device's
     * name, its parts between '-', '_', '.', '@' and ':', is "sound", "soundcard" or "audio".
     */
    private static boolean probedSoundCard(Message.Catalogued matched, String device) {
        String id = matched.form().id();
        String probed = DRIVER_IN_TEXT.contains(id) && matched.values().size() > 1 ? matched.values().get(1)
                : id.equals("driver-core.probe-failed") ? device : "";
        if (probed.isEmpty()) {
            return false; // most lines: no split (a matcher made) for nothing
        }
        for (String word : NAME_PARTS.split(probed.toLowerCase(Locale.ROOT))) { // "soc:sound" on a Pi
            if (word.equals("sound") || word.equals("soundcard") || word.equals("audio")) {
                return true;
            }
        }
        return false;
    }

    /** What separates the words of a device's name: split with a class, String.split compiles it per call. */
    private static final Pattern NAME_PARTS = Pattern.compile("[-_.@:]");

    /** Rows whose first value is the driver the line is about, printed with no device before it. */
    private static final Set<String> DRIVER_IN_TEXT = Set.of("driver-core.probe-of-failed",
            "driver-core.codec-probe-of-failed");

    /**
     * The driver a line is about: the one its origin names, or, for a row that prints the driver's
     * name as its first value with no origin (6.1's "cs42xx8: probe of 5-0048 failed with error
     * -1"), that name, so a network card's failed probe is not audio's.
     */
    private static String printer(Message.Catalogued matched, String driver) {
        return driver.isEmpty() && DRIVER_IN_TEXT.contains(matched.form().id()) && !matched.values().isEmpty()
                ? matched.values().get(0) : driver;
    }

    /**
     * Whether a line {@code driver} printed on {@code device} may be {@code form}. A row whose text is not audio's
     * own ({@link MessageForm#driversTree}, "failed to get %s") is taken only from a line with no
     * driver prefix, of the driver its own source file names ("galaxy" for galaxy.c), of a driver
     * {@code drivers.tsv} files under the row's own tree (by its name, or by the name of the file
     * that registers it: "wcd934x" for wcd934x.c's driver; an ASoC codec's "No platform data" is
     * not a DMA engine's), of the bus the row prints under, on a device of that bus ("usb 3-3"
     * for snd-usb-audio; not "usb 30010000.usb", a platform device), or of a
     * driver it does not know whose name holds a word of the row's tree (a vendor kernel's
     * "acme-i2s" for audio's rows, "acme-xdmac" for DMA's). A display driver's "failed to get the
     * clock: pll" is no audio finding; an audio clock controller's "failed to reset device" is
     * no DMA engine's.
     */
    public boolean readsAs(MessageForm form, String driver, String device) {
        String tree = form.driversTree();
        if (tree.isEmpty() || driver.isEmpty()) {
            return true;
        }
        DriverFacts facts = facts(driver);
        if (facts.folder != null && tree.equals(facts.tree)) {
            return true; // the common case: an audio driver's line, a row of audio's tree
        }
        KbEntry row = rows.loaded(form.id());
        if (row != null && (AudioWords.printedOnBus(row.row.file(), driver, device) || inFileOf(row.row, driver))) {
            return true; // the bus's device ("usb 3-3: ", a gadget's), or the row's own source's ("galaxy" for galaxy.c)
        }
        return facts.folder == null && (facts.sound || (AudioWords.DMA_TREE.equals(tree) ? facts.dmaWord : facts.audioWord));
    }

    /**
     * What {@link #readsAs} asks of a driver's name, worked out once a name: each line a row
     * matched asked again, hashing the name, boxing its hash and lower-casing copies of its words.
     *
     * @param folder    {@link SoundDrivers#folderOrFileFolder}
     * @param tree      that folder's tree, or null
     * @param sound     {@link SoundDrivers#isSound}
     * @param dmaWord   whether the name holds a DMA word ({@link AudioWords#inNameFor} for DMA's rows)
     * @param audioWord whether it holds an audio word (the same for the other trees')
     */
    private record DriverFacts(String folder, String tree, boolean sound, boolean dmaWord, boolean audioWord) {
    }

    /** Names kept: a log of made-up names (a fuzzer's) keeps memory bounded. */
    private static final int DRIVER_FACTS_KEPT = 4096;
    private final Map<String, DriverFacts> driverFacts = new ConcurrentHashMap<>();

    private DriverFacts facts(String driver) {
        DriverFacts f = driverFacts.get(driver);
        if (f == null) {
            String folder = drivers.folderOrFileFolder(driver);
            f = new DriverFacts(folder, folder == null ? null : drivers.treeOfFolder(folder), drivers.isSound(driver),
                    AudioWords.inNameFor(driver, AudioWords.DMA_TREE), AudioWords.inNameFor(driver, "sound"));
            if (driverFacts.size() >= DRIVER_FACTS_KEPT) {
                driverFacts.clear();
            }
            driverFacts.put(driver, f);
        }
        return f;
    }

    /**
     * The message as the driver that printed it has it: where several sources print one format
     * (mt8188-dai-etdm.c with dev_err, mt8195-dai-etdm.c with dev_info; tas2562.c with dev_err,
     * tas2770.c with dev_info), matching the text finds whichever came first, and its family and
     * level are the other driver's. For a line of a driver whose folder {@code drivers.tsv}
     * knows, the row of the driver's own file with that format, else of its folder; else the
     * message as it is.
     */
    private Message.Catalogued asPrintedBy(Message.Catalogued message, String driver) {
        MessageForm form = message.form();
        if (driver.isEmpty() || !form.drivers().isEmpty()) {
            return message; // no driver to ask, or a hand-written row that names its drivers
        }
        MessageForm own = ownForms.get(driver, form.id());
        if (own == null) {
            own = ownForm(form, driver);
            ownForms.put(driver, form.id(), own);
        }
        return own == form ? message : new Message.Catalogued(own, message.values());
    }

    /**
     * Whether a line printed at printk level {@code level} (where the log carries it: kmsg,
     * dmesg -x, the journal; else -1) may be the message's row. An info or debug line is not an
     * error row's: the source that printed it is another one, or another call of the same
     * (tas2562.c prints one format with dev_err and dev_info). dev_err_probe's rows print at
     * debug level when the probe is deferred, so they are kept.
     */
    private boolean atItsLevel(Message.Catalogued message, int level) {
        return level < 0 || atItsLevel(rows.loaded(message.form().id()), level);
    }

    private static boolean atItsLevel(KbEntry row, int level) {
        if (row != null && row.row.isDebug()) {
            return level < 0 || level >= LOGLEVEL_INFO; // a warning or an error is not a debug call's line
        }
        return level < LOGLEVEL_INFO || row == null || !row.row.isError() || row.row.macro().equals("dev_err_probe");
    }

    /** printk's KERN_INFO; KERN_DEBUG is 7. */
    private static final int LOGLEVEL_INFO = 6;

    private MessageForm ownForm(MessageForm form, String driver) {
        String folder = drivers.folderOrFileFolder(driver);
        KbEntry matched = folder == null ? null : rows.loaded(form.id());
        String registering = drivers.registeringFile(driver);
        if (matched == null || matched.row.file().equals(registering)) {
            return form;
        }
        // the file that registers the name first, then one named as it: "sof_da7219" is
        // registered by sof_da7219.c and ends in the name of AVS's board da7219.c
        KbEntry ofRegistering = null;
        KbEntry ofFile = null;
        KbEntry ofFolder = null;
        for (KbEntry e : byFormatIn(folder).getOrDefault(matched.row.format(), List.of())) {
            if (e.row.file().equals(registering)) {
                ofRegistering = louder(ofRegistering, e);
            } else if (inFileOf(e.row, driver)) {
                ofFile = louder(ofFile, e);
            }
            ofFolder = louder(ofFolder, e);
        }
        if (ofRegistering != null) {
            return ofRegistering.form();
        }
        if (inFileOf(matched.row, driver)) {
            return form;
        }
        if (ofFile != null) {
            return ofFile.form();
        }
        return ofFolder == null || inFolder(matched.row, folder) ? form : ofFolder.form();
    }

    /**
     * The event as its boot's kernel prints it ({@link #asOfKernel(Message.Catalogued, KernelRelease)}):
     * a row's line whose level the log does not carry; {@code event} itself otherwise. The analysis
     * and the timeline both ask here, with the release of the event's boot.
     */
    public Event asOfKernel(Event event, KernelRelease release) {
        if (release != null && event.message() instanceof Message.Catalogued c && event.record().level() < 0) {
            Message.Catalogued read = asOfKernel(c, release);
            return read == c ? event : new Event(event.record(), read);
        }
        return event;
    }

    /** {@link SameTextCalls#asOfKernel}: a line of unknown level as the boot's release prints it. */
    public Message.Catalogued asOfKernel(Message.Catalogued message, KernelRelease release) {
        return sameTextCalls.asOfKernel(message, release);
    }

    /** {@link SameTextCalls#withoutOrigin}: the call of a text that a line printed with no device is. */
    public Message.Catalogued withoutOrigin(Message.Catalogued message) {
        return sameTextCalls.withoutOrigin(message);
    }

    /** Which of one file's calls of one text a line is ({@link SameTextCalls}), asked for every typed line. */
    private final SameTextCalls sameTextCalls = new SameTextCalls(this::callsOfText);

    /** The rows of the form's file that print its text, its own among them (none: a hand-written form). */
    private List<KbEntry> callsOfText(MessageForm form) {
        KbEntry row = rows.loaded(form.id());
        List<KbEntry> of = new ArrayList<>();
        if (row != null) {
            for (KbEntry e : byFormatIn(KbRows.folderOf(row.row)).getOrDefault(row.row.format(), List.of())) {
                if (e.row.file().equals(row.row.file())) {
                    of.add(e);
                }
            }
        }
        return of;
    }

    /** Whether a row is of the driver's own file: the one named as it, or the one that registers it. */
    private static boolean ownFile(KbRow row, String driver, String registering) {
        return inFileOf(row, driver) || row.file().equals(registering);
    }

    /** The first of two rows of one format, unless it is a debug call's and the other is not. */
    private static KbEntry louder(KbEntry first, KbEntry next) {
        return first == null || first.row.isDebug() && !next.row.isDebug() ? next : first;
    }

    /**
     * A folder's rows by their format, in row order, made on first use. A log of a thousand
     * drivers asks {@link #ownForm} tens of thousands of times, each time for one format among
     * a folder's thousands of rows.
     */
    private Map<String, List<KbEntry>> byFormatIn(String folder) {
        return rowsByFormat.computeIfAbsent(folder, f -> {
            Map<String, List<KbEntry>> byFormat = new HashMap<>();
            for (int ref : rows.inFolder(f)) {
                KbEntry e = rows.entry(ref);
                byFormat.computeIfAbsent(e.row.format(), k -> new ArrayList<>(1)).add(e);
            }
            return byFormat;
        });
    }

    /** {@link #byFormatIn}'s answers: one per folder of drivers.tsv, so bounded by the knowledge base. */
    private final Map<String, Map<String, List<KbEntry>>> rowsByFormat = new ConcurrentHashMap<>();

    private static boolean inFolder(KbRow row, String folder) {
        String file = row.file();
        return file.lastIndexOf('/') == folder.length() && file.startsWith(folder);
    }

    /** {@link #asPrintedBy}'s answers by driver and matched row: a log names a few dozen such pairs. */
    private final ByDriver<MessageForm> ownForms = new ByDriver<>();

    /**
     * Answers kept by a line's driver and a row's id. Drivers kept: a log of made-up driver names
     * (a fuzzer's) keeps memory bounded, the table emptied when full.
     */
    private static final class ByDriver<V> {
        private static final int KEPT = 4096;
        private final Map<String, Map<String, V>> byDriver = new ConcurrentHashMap<>();

        /** The answer kept for the pair, or null. */
        V get(String driver, String id) {
            Map<String, V> forDriver = byDriver.get(driver);
            return forDriver == null ? null : forDriver.get(id);
        }

        void put(String driver, String id, V answer) {
            if (byDriver.size() >= KEPT) {
                byDriver.clear();
            }
            byDriver.computeIfAbsent(driver, d -> new ConcurrentHashMap<>()).put(id, answer);
        }
    }

    /** The built-in rows only, all in memory and checked as a user's folder is (tests, kb check). */
    static KnowledgeBase builtInInMemory() {
        List<KbRow> rowList = new ArrayList<>();
        builtIn().rows.all().forEach(e -> rowList.add(e.row));
        return inMemory(rowList);
    }

    static KbOverrides builtInOverrides() {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCES + KbOverrides.FILE)) {
            KbOverrides o = KbOverrides.none();
            return in == null ? o : o.read(new InputStreamReader(in, StandardCharsets.UTF_8), KbOverrides.FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of every *.tsv file in a folder but its overrides and index, in name order. */
    public static List<KbRow> readFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("no such folder: " + folder);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".tsv")
                    && !p.getFileName().toString().equals(KbOverrides.FILE)
                    && !p.getFileName().toString().equals(INDEX)
                    && !p.getFileName().toString().equals(SoundDrivers.FILE)).sorted().toList();
        }
        List<KbRow> rows = new ArrayList<>();
        for (Path f : files) {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                rows.addAll(KbFile.read(r, f.toString()));
            }
        }
        return rows;
    }

    /** A data file of the jar's knowledge base folder; one missing is a {@link KbException}. */
    static Reader resource(String name) {
        InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new KbException(name, "not in the jar");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** Every row (for the built-in knowledge base, every data file is read). */
    public List<KbRow> rows() {
        return rows.all().stream().map(e -> e.row).toList();
    }

    /** A row by id, among those read: any row a line has matched. */
    public Optional<KbRow> row(String id) {
        KbEntry e = rows.loaded(id);
        return e == null ? Optional.empty() : Optional.of(e.row);
    }

    /** Rows by their format, made when first asked (it reads every data file). */
    private volatile Map<String, List<KbRow>> byFormat;

    /**
     * The row as the driver that printed the line has it: several drivers print the same format
     * ("Failed to restore register cache" in cs35l33.c and cs35l34.c), and matching reads the
     * text only, so a line names the source of whichever came first. Of the rows with the
     * matched row's format, the one in the printing driver's own file; else the matched row.
     */
    public Optional<KbRow> row(String id, String driver) {
        Optional<KbRow> known = driversRows.get(driver, id);
        if (known != null) {
            return known;
        }
        Optional<KbRow> row = row(id);
        String registering = drivers.registeringFile(driver);
        Optional<KbRow> own = row.isEmpty() || driver.isEmpty() || ownFile(row.get(), driver, registering) ? row
                : rowsOfFormat(row.get()).stream().filter(r -> ownFile(r, driver, registering)).findFirst().or(() -> row);
        driversRows.put(driver, id, own);
        return own;
    }

    /**
     * {@link #row(String, String)}'s answers by driver and row: the causes' decisions ask it of
     * every finding of every episode, each time with the same few dozen pairs.
     */
    private final ByDriver<Optional<KbRow>> driversRows = new ByDriver<>();

    /**
     * How many other source files print {@code row}'s format, where {@code driver} (the line's, ""
     * for none) is not the row's own: the line could be any of theirs. 0 where the row is the
     * driver's own file's, or no other file prints the words.
     */
    public int otherSources(KbRow row, String driver) {
        if (!driver.isEmpty() && ownFile(row, driver, drivers.registeringFile(driver))) {
            return 0;
        }
        return otherFiles(row).size();
    }

    /** The other source files that print {@code row}'s format, each once, in row order. */
    public List<String> otherFiles(KbRow row) {
        return rowsOfFormat(row).stream().map(KbRow::file).filter(f -> !f.equals(row.file()))
                .distinct().toList();
    }

    /**
     * Every row that prints {@code row}'s format, in row order: the sources a line of that text
     * may come from. The rows of one format are filed under one anchor ({@link AnchorChoice}
     * chooses it from the format), so those rows alone are read; a row filed under none reads
     * every data file the first time (about a tenth of a second, which a small log's analysis
     * paid for a decision's {@code reads source} or {@code explain}'s other sources).
     */
    List<KbRow> rowsOfFormat(KbRow row) {
        if (byFormat == null && !row.anchor().isEmpty() && !row.anchor().equals(AnchorChoice.NONE)) {
            int[] refs = filter.refsOf(row.anchor()).clone();
            Arrays.sort(refs);
            List<KbRow> of = new ArrayList<>();
            for (int ref : refs) {
                KbRow r = rows.entry(ref).row;
                if (r.format().equals(row.format())) {
                    of.add(r);
                }
            }
            if (of.contains(row)) {
                return of;
            }
        }
        return rowsOfFormat(row.format());
    }

    private List<KbRow> rowsOfFormat(String format) {
        Map<String, List<KbRow>> index = byFormat;
        if (index == null) {
            index = new HashMap<>();
            for (KbRow r : rows()) {
                index.computeIfAbsent(r.format(), f -> new ArrayList<>()).add(r);
            }
            byFormat = index;
        }
        return index.getOrDefault(format, List.of());
    }

    /**
     * Whether the row's file is the driver's own: "cs35l34" and cs35l34.c, "snd_hda_intel" and
     * hda_intel.c. Names are compared with '-' as '_' and in lower case, char by char: asked for
     * each row a driver's line matched, copies of both names cost a tenth of what the readers
     * allocated on a log of many drivers.
     */
    static boolean inFileOf(KbRow row, String driver) {
        String file = row.file();
        int from = file.lastIndexOf('/') + 1;
        int to = file.endsWith(".c") && file.length() - 2 >= from ? file.length() - 2 : file.length();
        int length = to - from;
        int d = driver.length();
        if (d == length) {
            return sameName(driver, 0, file, from, length);
        }
        return d > length && SoundDrivers.asCompared(driver.charAt(d - length - 1)) == '_'
                && sameName(driver, d - length, file, from, length);
    }

    private static boolean sameName(String a, int aFrom, String b, int bFrom, int length) {
        for (int k = 0; k < length; k++) {
            char x = a.charAt(aFrom + k);
            char y = b.charAt(bFrom + k);
            if (x >= 0x80 || y >= 0x80) { // beyond ASCII, as String.toLowerCase has it
                return a.substring(aFrom + k, aFrom + length).replace('-', '_').toLowerCase(Locale.ROOT)
                        .equals(b.substring(bFrom + k, bFrom + length).replace('-', '_').toLowerCase(Locale.ROOT));
            }
            if (SoundDrivers.asCompared(x) != SoundDrivers.asCompared(y)) {
                return false;
            }
        }
        return true;
    }

    /** The line a row's message makes after its device prefix, with made-up values. */
    public Optional<String> sample(String id) {
        KbEntry e = rows.loaded(id);
        return e == null ? Optional.empty() : Optional.of(e.form().sample());
    }

    /** Rows filed under no anchor (too little literal text, or no word pair and no rare word), which no text can match. */
    public int unindexed() {
        return unindexed;
    }

    /** Whether a row's own sample is recognised as it (or as an equally specific row), and if not, why. */
    public record Recognition(boolean recognised, String reason) {
    }

    public Recognition recognise(String id) {
        KbEntry e = rows.loaded(id);
        if (e == null) {
            return new Recognition(false, "no such row");
        }
        if (!isIndexed(e)) {
            int letters = e.parsed().format().literalLetters();
            return new Recognition(false, letters < AnchorChoice.MIN_LETTERS
                    ? "too little literal text (" + letters + " letters) to tell it from other lines"
                    : "no literal word pair, and no word rare enough, to index it by");
        }
        Optional<Match> m = match(e.form().sample());
        if (m.isEmpty()) {
            return new Recognition(false, "its sample \"" + e.form().sample() + "\" does not match its own pattern");
        }
        KbEntry winner = rows.loaded(m.get().row().id());
        if (winner == e || winner.parsed().specificity() == e.parsed().specificity()) {
            return new Recognition(true, "");
        }
        return new Recognition(false, "a more specific row wins: " + winner.row.id());
    }

    private volatile Set<KbEntry> indexed;

    /** Whether a row is filed under an anchor (the set is made on first use: reads every file). */
    private boolean isIndexed(KbEntry e) {
        Set<KbEntry> set = indexed;
        if (set == null) {
            set = Collections.newSetFromMap(new IdentityHashMap<>());
            for (int[] refs : filter.allRefs()) {
                for (int ref : refs) {
                    set.add(rows.entry(ref));
                }
            }
            indexed = set;
        }
        return set.contains(e);
    }

    /** {@link #probe}: a row's anchor and every literal run of a row filed under it are in the line. */
    public static final int PROBE_FOUND = AnchorFilter.FOUND;
    /**
     * {@link #probe}: no row may print the line, and every line that differs from it only in its
     * numbers gets the same answer (no anchor's word is in it, or only anchors whose rows have no
     * number in their literal text).
     */
    public static final int PROBE_QUIET = AnchorFilter.QUIET;

    /**
     * Whether a line's bytes may hold a row's message: {@link #PROBE_FOUND}, {@link #PROBE_QUIET},
     * or neither (no row may, but a line of the same shape with other numbers might).
     */
    public int probe(byte[] line, int from, int to) {
        return filter.probe(line, from, to);
    }

    public boolean mayMatch(String text) {
        return filter.anyIn(text);
    }

    /** The most specific row that prints this text (the text after a device prefix), if any. */
    public Optional<Match> match(String text) {
        return match(text, null, "", -1);
    }

    /**
     * {@link #match(String)}, recording in {@code tried} the rows it tried: a line whose row is
     * not its driver's to print is then read as that driver's ({@link #readAs(Message.Catalogued,
     * String, Tried, String, String, int)}) from them, without searching its text again.
     */
    public Optional<Match> match(String text, Tried tried) {
        tried.start(this, text);
        return search(text, null, "", -1, tried);
    }

    /**
     * The most specific row that prints this text and that is {@code driver}'s own, printed at
     * {@code level}: asked where the row {@link #match(String)} found is not that driver's to
     * print ({@link #readAs}). A codec's "Failed to reset: -5", whose text a DMA engine's row
     * prints too, is still its own file's row. Own means, for a driver drivers.tsv knows, a row
     * of its file or folder (not any of its tree: a USB controller named after its file,
     * "jz4740", is no codec of that name); for another, a row it {@link #readsAs}.
     */
    public Optional<Match> match(String text, String driver, String device, int level) {
        return search(text, driver, device, level, null);
    }

    /**
     * The rows a match tried on a text, in the order it tried them: those filed under the
     * text's anchors whose pairs of characters the text holds. Which rows these are depends on
     * the text alone, so a match of the same text for a driver need only try them again: a
     * third of the lines a row matched on a log of many drivers were matched twice so (a row
     * of common words a driver of another tree printed), and nearly all found nothing the
     * second time. One per reading thread; not shared.
     */
    public static final class Tried {
        private KnowledgeBase kb;
        private String text;
        private int[] refs = new int[16];
        private int size;

        void start(KnowledgeBase of, String on) {
            kb = of;
            text = on;
            size = 0;
        }

        void add(int ref) {
            if (size == refs.length) {
                refs = Arrays.copyOf(refs, size * 2);
            }
            refs[size++] = ref;
        }

        boolean isFor(KnowledgeBase of, String on) {
            return kb == of && text != null && text.equals(on);
        }
    }

    /**
     * {@link #match(String, String, String, int)} from the rows {@code tried} recorded, where it
     * recorded them for this text; else from the text.
     */
    private Optional<Match> match(String text, Tried tried, String driver, String device, int level) {
        if (tried == null || !tried.isFor(this, text)) {
            return match(text, driver, device, level);
        }
        Best best = new Best(driver, device, level);
        for (int r = 0; r < tried.size; r++) {
            best.consider(rows.entry(tried.refs[r]), text);
        }
        return matched(best.entry, best.matcher);
    }

    private Optional<Match> search(String text, String driver, String device, int level, Tried tried) {
        Best best = new Best(driver, device, level);
        long[] pairs = null; // the text's pairs of characters, on the first row tried
        long previous = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Words.isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Words.isWordChar(text.charAt(i))) {
                i++;
            }
            long h = Words.hash(text, start, i);
            for (int k = 0; k < (previous == 0 ? 1 : 2); k++) {
                int slot = k == 0 ? filter.singleSlot(h) : filter.pairSlot(previous, h);
                if (slot < 0) {
                    continue;
                }
                int[] refs = filter.refsAt(slot);
                long[] runPairs = filter.bigramsAt(slot);
                if (pairs == null) {
                    pairs = Bigrams.of(text);
                }
                for (int r = 0; r < refs.length; r++) {
                    if (!Bigrams.mayHold(pairs, runPairs, r)) {
                        continue; // most rows of a slot of common words: refused without reading the row
                    }
                    if (tried != null) {
                        tried.add(refs[r]);
                    }
                    best.consider(rows.entry(refs[r]), text);
                }
            }
            previous = h;
        }
        return matched(best.entry, best.matcher);
    }

    /** The most specific row found so far of a search for a driver's row (a driver of null: any row's). */
    private final class Best {
        private final String driver;
        private final String device;
        private final int level;
        private final String folder;
        KbEntry entry;
        Matcher matcher;

        Best(String driver, String device, int level) {
            this.driver = driver;
            this.device = device;
            this.level = level;
            this.folder = driver == null || driver.isEmpty() ? null : facts(driver).folder;
        }

        void consider(KbEntry e, String text) {
            KbEntry.Parsed p = e.parsed();
            if (entry != null && !moreSpecific(e, entry)) {
                return;
            }
            // whether the row is the driver's before its pattern runs: a line of a driver
            // of another tree holding an audio row's words is refused without it
            if (!holdsEveryRun(text, p)
                    || driver != null && !(isOwn(e, folder, driver, device) && atItsLevel(e, level))) {
                return;
            }
            Matcher m = e.pattern().matcher(text);
            if (m.matches()) {
                entry = e;
                matcher = m;
            }
        }
    }

    /**
     * Whether row {@code e} reads a text that row {@code than} also matches better: its literal
     * text is longer, or as long and {@code than} is a debug call's while {@code e} is not (one
     * file printing one format with dev_err and dev_dbg, rt1011.c's "tx slot location error"; a
     * driver no row is of printing what one driver has at debug level and another as an error).
     */
    private static boolean moreSpecific(KbEntry e, KbEntry than) {
        int d = e.parsed().specificity() - than.parsed().specificity();
        return d > 0 || d == 0 && than.row.isDebug() && !e.row.isDebug();
    }

    /**
     * Whether the text holds every literal run of the row, the longest first: the row's pattern
     * cannot match otherwise. In a log of many drivers' lines, nearly half the rows whose longest
     * run a text held lacked another ("failed to get %s clock" in "failed to get regulator").
     */
    private static boolean holdsEveryRun(String text, KbEntry.Parsed p) {
        if (!text.contains(p.literal())) {
            return false;
        }
        for (String run : p.runs()) {
            if (!run.equals(p.literal()) && !text.contains(run)) { // the longest is one of them
                return false;
            }
        }
        return true;
    }

    /** {@code folder}: the driver's, {@link SoundDrivers#folderOrFileFolder}. */
    private boolean isOwn(KbEntry e, String folder, String driver, String device) {
        return folder == null ? readsAs(e.form(), driver, device) : inFileOf(e.row, driver) || inFolder(e.row, folder);
    }

    private static Optional<Match> matched(KbEntry best, Matcher m) {
        return best == null ? Optional.empty()
                : Optional.of(new Match(best.row, new Message.Catalogued(best.form(), List.copyOf(best.values(m)))));
    }

    /**
     * Literal letters a row needs to be tried for its own driver's lines: fewer than an anchor
     * needs ({@link AnchorChoice#MIN_LETTERS}), since only that driver's lines reach it.
     */
    private static final int DRIVER_MIN_LETTERS = 6;
    /** The references of the rows filed under an anchor, made on first use (no file is read for it). */
    private volatile Set<Integer> anchoredRefs;
    /** By source folder: the rows no anchor files that a driver of that folder may print. */
    private final Map<String, Unanchored> unanchoredByFolder = new ConcurrentHashMap<>();

    /**
     * A folder's rows no anchor files, and their longest literal runs indexed: a codec's line is
     * tried against the rows of a hundred codecs, and one pass over it tells which may match.
     */
    private record Unanchored(int[] refs, LiteralIndex literals) {
    }

    /**
     * What an audio or DMA driver's line that no indexed row matched may still be: a row no
     * anchor could file (its words are common ones: "fw_state: %s (%d)") printed by the sources
     * of the driver's own folder, or by the shared sources (those that register no driver) of a
     * folder above it, up to the second level ("sound/soc", "sound/pci", "drivers/dma"). The
     * driver's name is what makes such a row safe to try: no other line reaches it. Rows with
     * fewer than {@value #DRIVER_MIN_LETTERS} literal letters ("%s: %d", "ret=%d") are never tried;
     * where the log carries the line's {@code level} (else -1), nor are rows not printed at it
     * ({@link #atItsLevel}): aw88399.c's "%s failed" at debug level is its dev_dbg's, not its dev_err's.
     */
    public Optional<Match> matchByDriver(String driver, String text, int level) {
        Optional<String> folder = drivers.folder(driver);
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        KbEntry best = null;
        Matcher bestMatch = null;
        for (String f = folder.get(); f.indexOf('/') > 0; f = f.substring(0, f.lastIndexOf('/'))) {
            boolean own = f.equals(folder.get());
            Unanchored rowsOfFolder = unanchoredByFolder.get(f); // (not computeIfAbsent: a bound reference per folder)
            if (rowsOfFolder == null) {
                rowsOfFolder = unanchoredByFolder.computeIfAbsent(f, this::unanchoredIn);
            }
            if (rowsOfFolder.refs().length == 0) {
                continue;
            }
            for (int i : rowsOfFolder.literals().indicesIn(text)) {
                KbEntry e = rows.entry(rowsOfFolder.refs()[i]);
                if (!own && drivers.registersDriver(e.row.file())
                        || best != null && !moreSpecific(e, best) || !atItsLevel(e, level)) {
                    continue;
                }
                Matcher m = e.pattern().matcher(text);
                if (m.matches()) {
                    best = e;
                    bestMatch = m;
                }
            }
        }
        Optional<Match> matched = matched(best, bestMatch);
        if (matched.isEmpty()) { // (no lambda: asked of many lines of drivers a folder names)
            return matched;
        }
        Match found = matched.get();
        Message.Catalogued named = sameTextCalls.byFunctionName(found.message());
        KbEntry row = named == found.message() ? null : rows.loaded(named.form().id());
        return Optional.of(row == null || !atItsLevel(row, level) ? found : new Match(row.row, named));
    }

    private Unanchored unanchoredIn(String folder) {
        Set<Integer> anchored = anchoredRefs;
        if (anchored == null) {
            anchored = new HashSet<>();
            for (int[] refs : filter.allRefs()) {
                for (int ref : refs) {
                    anchored.add(ref);
                }
            }
            anchoredRefs = anchored;
        }
        List<Integer> out = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        for (int ref : rows.inFolder(folder)) {
            KbEntry e = rows.entry(ref);
            if (!anchored.contains(ref) && (e.row.prefix() == Prefix.DEVICE || e.row.prefix() == Prefix.DEV_ERR_PROBE)
                    && e.parsed().format().literalLetters() >= DRIVER_MIN_LETTERS) {
                out.add(ref);
                literals.add(e.parsed().literal());
            }
        }
        return new Unanchored(out.stream().mapToInt(Integer::intValue).toArray(), new LiteralIndex(literals));
    }

    /** "dai-fifo" for DAI_FIFO, as the data files and explain write a family. */
    public static String familyId(MessageFamily f) {
        return f.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The families by {@link #familyId}: a lookup, for every row a data file or a cause file names. */
    private static final Map<String, MessageFamily> FAMILIES_BY_ID = familiesById();

    private static Map<String, MessageFamily> familiesById() {
        Map<String, MessageFamily> m = new HashMap<>();
        for (MessageFamily f : MessageFamily.values()) {
            m.put(familyId(f), f);
        }
        return Map.copyOf(m);
    }

    /** The family written {@code id} ("dai-fifo"), or null where none is. */
    public static MessageFamily family(String id) {
        return FAMILIES_BY_ID.get(id);
    }
}
