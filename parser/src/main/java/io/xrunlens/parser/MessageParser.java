package io.xrunlens.parser;

import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.event.DmaRole;
import io.xrunlens.event.KernelRelease;
import io.xrunlens.event.Message;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.event.PcmState;
import io.xrunlens.grammar.KernelMessageBaseVisitor;
import io.xrunlens.grammar.KernelMessageLexer;
import io.xrunlens.grammar.KernelMessageParser;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.kb.NumberShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The one place that touches ANTLR: message text in, typed {@link Message} out.
 *
 * <p>Four things keep it cheap on multi-gigabyte logs: a keyword test decides which texts
 * can be one of ours at all (most kernel lines are not); one lexer and parser are reused (one
 * instance per thread: not thread-safe); results are memoised, because the messages that
 * matter repeat (every period interrupt prints the same lines); and texts that differ only in
 * their numbers and pointers share one parse tree (their {@link MessageShape}), from which the
 * message is built again with each text's own values, so the grammar runs once per shape.
 */
public final class MessageParser {
    /**
     * Every grammar alternative contains one of these words. Keep in step with
     * KernelMessage.g4: MessageParserTest parses every form with and without this filter. The
     * words are the alternatives' own phrases ("channel:", "loaded firmware", "read error:"), not
     * their common words: in a log of every driver's messages, "channel" and "firmware" alone made
     * about a tenth of the lines read in full, for nothing.
     */
    static final List<String> GRAMMAR_KEYWORDS = List.of("channel:", "for channel", ": count: ", "freeing", "submitted",
            "command:", "hw_ptr", "wait_for_avail", "ioctl ", "snd_pcm_period_elapsed", "XRUN: ", "trouble?", "Linux ",
            "loaded firmware", "run!!!", "snd_pcm_recover", "write error:", "Write error:", "read error:", "Not tainted", "Tainted:",
            "snd_pcm_avail after", "graph xrun", "xrun of at least", "poll time out", "Machine model:",
            // stack frames that say who raised an XRUN; other frames need not be read at all
            "snd_pcm_lib", "snd_pcm_stop_xrun", "text_entry_release", "_handler+0x", "_isr+0x");
    /** The grammar's keywords and every catalogue row's anchor. */
    private static final List<String> KEYWORDS_LIST = checked(Stream.concat(
            GRAMMAR_KEYWORDS.stream(), MessageCatalog.keywords().stream()).toList());
    private static final KeywordSet KEYWORDS = new KeywordSet(KEYWORDS_LIST);
    /** The grammar's keywords alone: a text with none of them has no tree, whatever the catalogue's words in it. */
    private static final KeywordSet GRAMMAR = new KeywordSet(GRAMMAR_KEYWORDS);
    private static final int MEMO_SIZE = 4096;
    /** Shapes kept at most: a parse tree each, a few kilobytes. */
    private static final int SHAPES = 1024;

    private final KernelMessageLexer lexer = new KernelMessageLexer(null);
    private final KernelMessageParser parser = new KernelMessageParser(null);
    private final Builder builder = new Builder();
    /** The rows the knowledge base tried on the last text it matched (the record's reader asks them again). */
    private final KnowledgeBase.Tried tried = new KnowledgeBase.Tried();
    private final boolean prefilter;
    private final boolean memo;
    private final boolean byShape;
    /** Whether the last {@link #parseCandidate} ran the shape's grammar answer and it had no tree. */
    private boolean treeless;
    /** The tree the last {@link #parseCandidate} built its message from, and that text's slots; else null. */
    private Template lastTree;
    private int[] lastSlots;
    /** The knowledge base the memos were filled with. */
    private KnowledgeBase kb = KnowledgeBase.active();
    /** How often the grammar ran (tests check that shapes spare it). */
    private long grammarRuns;
    /**
     * Texts already parsed, in two generations: a text seen again moves from {@code young} to
     * {@code old}; a full generation is emptied. The lines every period prints (seen again and
     * again) live in {@code old} and survive the churn of texts with changing numbers, without
     * the cost of an access-ordered map that relinks on every hit.
     */
    private final Map<String, Message> young = new HashMap<>(MEMO_SIZE * 2);
    private final Map<String, Message> old = new HashMap<>(MEMO_SIZE * 2);
    /**
     * Whether the memo by text is worth asking ({@link MemoWorth}), as the memo of rests: a log
     * whose every line carries new numbers finds nearly nothing in it, and hashing, looking up and
     * keeping each text for nothing was a few percent of its readers' time.
     */
    private final MemoWorth memoWorth = new MemoWorth();
    /** Parse trees by shape key; emptied when full (a log has a few dozen shapes of ours). */
    private final Map<String, Template> shapes = new HashMap<>(SHAPES * 2);

    /** The parse of the first text of a shape; {@code body} null when the grammar rejected it. */
    record Template(MessageShape shape, KernelMessageParser.BodyContext body) {
    }

    public MessageParser() {
        this(true);
    }

    /** With {@code prefilter} false every text goes through the grammar (tests, checks). */
    public MessageParser(boolean prefilter) {
        this(prefilter, true, true);
    }

    /** Tests compare the memo by text ({@code memo}) and by shape ({@code byShape}) with a parse. */
    MessageParser(boolean prefilter, boolean memo, boolean byShape) {
        this.prefilter = prefilter;
        this.memo = memo;
        this.byShape = byShape;
        lexer.removeErrorListeners();
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        QuickBail.install(parser);
    }

    public Message parse(String text) {
        if (prefilter && !mayMatch(text)) {
            return Message.Unknown.INSTANCE;
        }
        return parseCandidate(text);
    }

    /** {@link #parse} of a text known to fail the keyword test (the line it ends holds no keyword). */
    Message parseWithoutKeyword(String text) {
        return prefilter ? Message.Unknown.INSTANCE : parseCandidate(text);
    }

    /** Parses a text already known to pass the keyword test (its whole line did). */
    Message parseCandidate(String text) {
        treeless = false;
        lastTree = null;
        KnowledgeBase now = KnowledgeBase.active();
        if (now != kb) { // a command installed user rows: what the memos hold may be wrong now
            kb = now;
            young.clear();
            old.clear();
            shapes.clear();
        }
        if (!memo || memoWorth.resting()) {
            return parseWithGrammar(text);
        }
        Message cached = old.get(text);
        if (cached != null) {
            memoWorth.count(true);
            return cached;
        }
        cached = young.remove(text);
        memoWorth.count(cached != null);
        if (cached != null) {
            if (old.size() >= MEMO_SIZE) {
                old.clear();
            }
            old.put(text, cached);
            return cached;
        }
        Message parsed = parseWithGrammar(text);
        if (young.size() >= MEMO_SIZE) {
            young.clear();
        }
        young.put(text, parsed);
        return parsed;
    }

    /**
     * Every keyword has a letter and no "]": then none can lie in, or reach into, a dmesg stamp
     * ("[  535.201598]"), and a line holds a keyword exactly when the rest after its stamp does,
     * which is what lets {@link RestMemo} answer for a line from its rest.
     */
    private static List<String> checked(List<String> keywords) {
        for (String k : keywords) {
            if (k.indexOf(']') >= 0 || k.chars().noneMatch(Character::isLetter)) {
                throw new IllegalStateException("keyword with ']' or without a letter: '" + k + "'");
            }
        }
        return keywords;
    }

    /**
     * Whether the text just parsed ({@link #parseCandidate}) gave Unknown for a reason its numbers
     * had no part in: the grammar has no tree for its shape ({@link MessageShape}: every text of
     * that shape has none) and every catalogue row anchored in it lacks a run of literal text
     * that no number can make or unmake ({@link NumberShape#safeFor}, as anchors are). The
     * knowledge base is the caller's to ask, as {@link KnowledgeBase#probe} does for the line's
     * bytes.
     */
    boolean unknownForItsShape(String text) {
        return treeless && !MessageCatalog.mayMatchAlike(text, run -> !NumberShape.safeFor(run));
    }

    /** The tree the text just parsed was built from (null when none, or the memo by text answered). */
    Template lastTree() {
        return lastTree;
    }

    /** The slots ({@link MessageShape#slots}) of the text just parsed, when {@link #lastTree} is not null. */
    int[] lastSlots() {
        return lastSlots;
    }

    /**
     * The message of a text of the shape {@code tree} was parsed for, whose slots are {@code slots}:
     * what {@link #parseCandidate} gives it, without finding its shape again.
     */
    Message buildAlike(String text, Template tree, int[] slots) {
        return build(text, tree.shape(), slots, tree.body());
    }

    long grammarRuns() {
        return grammarRuns;
    }

    /** Whether a text may be one of ours: it holds a keyword of the grammar or the catalogue, or a knowledge-base word. */
    static boolean mayMatch(String text) {
        return KEYWORDS.anyIn(text) || KnowledgeBase.active().mayMatch(text);
    }

    /** The rows the knowledge base tried on the last text it matched here, and which text that was. */
    KnowledgeBase.Tried tried() {
        return tried;
    }

    /** {@link #probe}: a keyword, or a row's anchor and literal text, is in the line. */
    static final int MATCHED = KnowledgeBase.PROBE_FOUND;
    /** {@link #probe}: neither, and what every line of its shape would say ({@link KnowledgeBase#probe}). */
    static final int QUIET = KnowledgeBase.PROBE_QUIET;

    /**
     * Whether numbers can be masked without changing what the keyword search says: no keyword
     * holds a word that a shape masks as a number, or could end or start one
     * ({@link NumberShape#safeFor}; a test holds it true).
     */
    static final boolean SHAPES_SAFE = NumberShape.safeForAll(KEYWORDS_LIST);

    /**
     * {@link #mayMatch(String)} on a line's bytes (see {@link KeywordSet#anyIn(byte[], int, int)}),
     * telling apart lines that hold an anchor's word but not its row from quiet ones:
     * {@link #MATCHED}, {@link #QUIET} or neither.
     */
    static int probe(byte[] line, int from, int to) {
        return hasKeyword(line, from, to) ? MATCHED : KnowledgeBase.active().probe(line, from, to);
    }

    /** Whether a keyword of the grammar or the catalogue is in the line's bytes: it is one of ours. */
    static boolean hasKeyword(byte[] line, int from, int to) {
        return KEYWORDS.anyIn(line, from, to);
    }

    /**
     * The grammar first (structured ALSA and DMA messages), then the catalogue of driver messages.
     * A text whose shape was parsed before is not lexed or parsed again: the parser's answer
     * depends only on the token types, and those only on the shape.
     */
    private Message parseWithGrammar(String text) {
        if (prefilter && !GRAMMAR.anyIn(text)) {
            // a line that holds only a catalogue row's word, as most drivers' lines that are read
            // at all do: the grammar would lex and reject it
            treeless = byShape;
            return catalogued(text);
        }
        MessageShape shape = byShape ? MessageShape.of(text) : null;
        if (shape != null) {
            Template known = shapes.get(shape.key);
            if (known != null) {
                treeless = known.body() == null;
                if (treeless) {
                    return catalogued(text);
                }
                lastTree = known;
                lastSlots = shape.slots;
                return build(text, known.shape(), shape.slots, known.body());
            }
        }
        grammarRuns++;
        lexer.setInputStream(CharStreams.fromString(text));
        parser.setTokenStream(new CommonTokenStream(lexer));
        KernelMessageParser.BodyContext body;
        try {
            body = parser.message().body();
        } catch (ParseCancellationException e) {
            treeless = shape != null;
            remember(shape, null);
            return catalogued(text); // not one of our forms: maybe a catalogued one
        }
        remember(shape, body);
        if (shape != null) {
            lastTree = new Template(shape, body);
            lastSlots = shape.slots;
        }
        return build(text, null, null, body);
    }

    private void remember(MessageShape shape, KernelMessageParser.BodyContext body) {
        if (shape == null) {
            return;
        }
        if (shapes.size() >= SHAPES) {
            shapes.clear();
        }
        shapes.put(shape.key, new Template(shape, body));
    }

    /** The message of a parse tree, read from {@code text} (whose slots are {@code slots} when the tree is another text's). */
    private Message build(String text, MessageShape treeShape, int[] slots, KernelMessageParser.BodyContext body) {
        builder.text = text;
        builder.treeShape = treeShape;
        builder.slots = slots;
        try {
            Message m = builder.visit(body);
            return m != null ? m : catalogued(text); // a form's words that only look like ours
        } catch (NumberFormatException e) {
            return catalogued(text); // a number too large to be one of ours
        }
    }

    /**
     * The hand-written catalogue first (its rows carry verdicts and driver names), then the
     * knowledge base made from the kernel source.
     */
    private Message catalogued(String text) {
        Message m = cataloguedAsIs(text);
        if (m instanceof Message.Unknown && text.startsWith(ERROR_PREFIX) && text.length() > ERROR_PREFIX.length()) {
            // 5.x's SOF and a few others began their errors with "error: ", which later releases
            // took off the same words: read as those words
            return cataloguedAsIs(text.substring(ERROR_PREFIX.length()));
        }
        return m;
    }

    private static final String ERROR_PREFIX = "error: ";

    private Message cataloguedAsIs(String text) {
        Optional<Message.Catalogued> hand = MessageCatalog.match(text);
        if (hand.isPresent()) {
            return hand.get();
        }
        return kb.match(MessageCatalog.withoutAlsaSource(text), tried)
                .<Message>map(KnowledgeBase.Match::message).orElse(Message.Unknown.INSTANCE);
    }

    /** Turns a parse tree into a message; one alternative, one method. */
    private static final class Builder extends KernelMessageBaseVisitor<Message> {
        private static final Pattern SPACES = Pattern.compile(" +");
        private String text;
        /** The shape of the text the tree was parsed from when that is not {@link #text}; else null. */
        private MessageShape treeShape;
        /** The slots of {@link #text} when {@link #treeShape} is set. */
        private int[] slots;

        /** A token's text as {@link #text} has it (the tree may be another text's of the same shape). */
        private String text(Token t) {
            if (treeShape == null) {
                return t.getText();
            }
            return text.substring(treeShape.map(t.getStartIndex(), slots), treeShape.mapEnd(t.getStopIndex() + 1, slots));
        }

        /** A rule's text: its tokens' texts, joined (the lexer skipped the spaces between them). */
        private String text(ParserRuleContext c) {
            if (treeShape == null) {
                return c.getText();
            }
            StringBuilder b = new StringBuilder();
            appendTokens(c, b);
            return b.toString();
        }

        private void appendTokens(ParseTree node, StringBuilder b) {
            if (node instanceof TerminalNode leaf) {
                if (leaf.getSymbol().getType() != Token.EOF) {
                    b.append(text(leaf.getSymbol()));
                }
                return;
            }
            for (int i = 0; i < node.getChildCount(); i++) {
                appendTokens(node.getChild(i), b);
            }
        }

        private int start(Token t) {
            return treeShape == null ? t.getStartIndex() : treeShape.map(t.getStartIndex(), slots);
        }

        private boolean hasFlag(List<Token> flags, String flag) {
            for (Token t : flags) {
                if (text(t).equals(flag)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Message visitChannelCall(KernelMessageParser.ChannelCallContext c) {
            String function = text(c.function);
            if (function.indexOf('_') < 0) {
                // __func__ names a C function ("sdma_prep_dma_cyclic"); a word ("invalid channel: 3",
                // rockchip-i2s's hw_params error) is another driver's message of the same shape
                return null;
            }
            return new Message.ChannelCall(function, num(c.channel), DmaRole.of(function));
        }

        @Override
        public Message visitBufferDescriptor(KernelMessageParser.BufferDescriptorContext c) {
            boolean wrap = hasFlag(c.flags, "wrap");
            boolean intr = hasFlag(c.flags, "intr");
            return new Message.BufferDescriptor(num(c.index), lng(c.count),
                    text(c.address), wrap, intr);
        }

        @Override
        public Message visitSgSetup(KernelMessageParser.SgSetupContext c) {
            return new Message.SgSetup(num(c.entries), num(c.channel));
        }

        @Override
        public Message visitFirmwareLoaded(KernelMessageParser.FirmwareLoadedContext c) {
            return new Message.FirmwareLoaded(num(c.major), num(c.minor));
        }

        @Override
        public Message visitDescriptorSubmitted(KernelMessageParser.DescriptorSubmittedContext c) {
            return new Message.DescriptorSubmitted(text(c.vchan), text(c.txd), text(c.cookie));
        }

        @Override
        public Message visitDescriptorFreed(KernelMessageParser.DescriptorFreedContext c) {
            return new Message.DescriptorFreed(text(c.txd));
        }

        @Override
        public Message visitPcmTrigger(KernelMessageParser.PcmTriggerContext c) {
            return new Message.PcmTrigger(text(c.function), num(c.command));
        }

        @Override
        public Message visitPcmAvail(KernelMessageParser.PcmAvailContext c) {
            return new Message.PcmAvail(PcmDirection.fromText(text(c.function)), lng(c.hwPtr),
                    lng(c.applPtr), lng(c.avail), lng(c.boundary));
        }

        @Override
        public Message visitWaitTimeout(KernelMessageParser.WaitTimeoutContext c) {
            return new Message.WaitResult(lng(c.tout), PcmState.of(num(c.state)));
        }

        @Override
        public Message visitWaitSleep(KernelMessageParser.WaitSleepContext c) {
            return new Message.WaitSleep(lng(c.avail), PcmState.of(num(c.state)), lng(c.twake));
        }

        @Override
        public Message visitPcmIoctl(KernelMessageParser.PcmIoctlContext c) {
            return new Message.PcmIoctl(c.function == null ? "" : text(c.function), text(c.name));
        }

        @Override
        public Message visitPeriodElapsed(KernelMessageParser.PeriodElapsedContext c) {
            return new Message.PeriodElapsed();
        }

        @Override
        public Message visitXrun(KernelMessageParser.XrunContext c) {
            String name = text(c.name);
            return new Message.Xrun(c.substream == null ? name : name + ":" + text(c.substream),
                    PcmDirection.fromPcmName(name));
        }

        @Override
        public Message visitUserXrun(KernelMessageParser.UserXrunContext c) {
            if (c.spa != null) {
                return pipeWireXrun(c);
            }
            if (c.graph != null) {
                return graphXrun(c);
            }
            if (c.atLeast != null) {
                // JACK's ALSA driver ("alsa_pcm") or a player: an XRUN it recovered from, of the device's both directions
                return text(c.atLeast).equals("xrun") && text(c.of).equals("of")
                        ? new Message.UserXrun(c.driver == null ? "" : text(c.driver), PcmDirection.UNKNOWN) : null;
            }
            // alsa-lib's own line names no program: any player's library printed it
            String program = c.alsaLib != null ? Message.UserXrun.ALSA_LIB : c.program == null ? "" : text(c.program);
            return new Message.UserXrun(program,
                    text(c.kind).equals("underrun") ? PcmDirection.PLAYBACK : PcmDirection.CAPTURE);
        }

        /**
         * PipeWire's "spa.alsa: NODE: … snd_pcm_avail after recover: Broken pipe": an XRUN its
         * recovery did not clear; the node's name ends in "p" or "c" (playback, capture) where
         * the version prints one. Any other words of that shape are not this (null).
         */
        private Message pipeWireXrun(KernelMessageParser.UserXrunContext c) {
            if (!text(c.spa).equals("spa") || !text(c.after).equals("after") || !text(c.recover).equals("recover")
                    || !text(c.error).equals("Broken")) {
                return null;
            }
            int from = text.indexOf(": ", start(c.spa));
            int to = from < 0 ? -1 : text.indexOf(": ", from + 2);
            String node = to < 0 ? "" : text.substring(from + 2, to);
            char last = node.isEmpty() ? ' ' : node.charAt(node.length() - 1);
            return new Message.UserXrun(Message.UserXrun.PIPEWIRE, last == 'p' ? PcmDirection.PLAYBACK
                    : last == 'c' ? PcmDirection.CAPTURE : PcmDirection.UNKNOWN);
        }

        /**
         * PipeWire's "(NODE-ID) graph xrun STATUS (N suppressed)": its graph did not finish a cycle
         * in time; the driver node's name says the direction ("alsa_output…", "alsa_input…").
         */
        private Message graphXrun(KernelMessageParser.UserXrunContext c) {
            if (!text(c.graph).equals("graph") || !text(c.graphXrun).equals("xrun") || !text(c.suppressed).equals("suppressed")) {
                return null;
            }
            int open = text.indexOf('(');
            int close = open < 0 ? -1 : text.indexOf(')', open);
            String node = close < 0 ? "" : text.substring(open + 1, close);
            return new Message.UserXrun(Message.UserXrun.PIPEWIRE_GRAPH, node.contains("output") ? PcmDirection.PLAYBACK
                    : node.contains("input") ? PcmDirection.CAPTURE : PcmDirection.UNKNOWN);
        }

        @Override
        public Message visitUserIoError(KernelMessageParser.UserIoErrorContext c) {
            if (c.jack != null) { // JACK's "ALSA: poll time out, polled for N usecs"
                boolean words = text(c.poll).equals("poll") && text(c.time).equals("time") && text(c.out).equals("out");
                return words ? new Message.UserIoError("jackd", PcmDirection.UNKNOWN, Message.UserIoError.POLL_TIMEOUT)
                        : Message.Unknown.INSTANCE;
            }
            if (c.speakerTest != null) { // speaker-test plays only: "Write error: -5,Input/output error"
                int comma = text.indexOf(',', start(c.speakerTest));
                String error = comma < 0 ? "" : text.substring(comma + 1).trim();
                // -32, "Broken pipe": the write found the stream in XRUN, which speaker-test then recovers
                return error.startsWith("Broken pipe") ? new Message.UserXrun("speaker-test", PcmDirection.PLAYBACK)
                        : new Message.UserIoError("speaker-test", PcmDirection.PLAYBACK, error);
            }
            // aplay's pcm_write and arecord's pcm_read; the error text is everything after "error: "
            String function = text(c.function);
            PcmDirection d = function.contains("write") ? PcmDirection.PLAYBACK
                    : function.contains("read") ? PcmDirection.CAPTURE : PcmDirection.UNKNOWN;
            int at = text.indexOf("error:", start(c.operation));
            String error = at < 0 ? "" : text.substring(at + "error:".length()).trim();
            return new Message.UserIoError(c.program == null ? "" : text(c.program), d, error);
        }

        @Override
        public Message visitFrameLine(KernelMessageParser.FrameLineContext c) {
            return new Message.StackFrame(List.of(function(text(c.symbol))));
        }

        @Override
        public Message visitArmFrame(KernelMessageParser.ArmFrameContext c) {
            return new Message.StackFrame(List.of(function(text(c.callee)), function(text(c.caller))));
        }

        @Override
        public Message visitOopsHeader(KernelMessageParser.OopsHeaderContext c) {
            String release = releaseAfterTaint(text);
            return release.isEmpty() ? Message.Unknown.INSTANCE
                    : new Message.KernelNamed(KernelRelease.parse(release), "oops header");
        }

        @Override
        public Message visitUnameLine(KernelMessageParser.UnameLineContext c) {
            // "Linux HOST RELEASE #N ..." : the third word, when it looks like a release
            String[] words = SPACES.split(text.trim(), 4);
            if (words.length < 3 || words[2].isEmpty() || !Character.isDigit(words[2].charAt(0))) {
                return Message.Unknown.INSTANCE;
            }
            return new Message.KernelNamed(KernelRelease.parse(words[2]), "uname");
        }

        @Override
        public Message visitPcmIoError(KernelMessageParser.PcmIoErrorContext c) {
            return new Message.PcmIoError(PcmDirection.fromText(text(c.direction)),
                    c.operation == null ? "" : text(c.operation), text(c.outcome).equals("timeout"));
        }

        @Override
        public Message visitKernelVersion(KernelMessageParser.KernelVersionContext c) {
            // The release is the word after "version", up to the next space: "5.4.70-rt40".
            int start = start(c.release);
            int end = text.indexOf(' ', start);
            return new Message.KernelVersion(KernelRelease.parse(text.substring(start, end < 0 ? text.length() : end)));
        }

        @Override
        public Message visitBootBanner(KernelMessageParser.BootBannerContext c) {
            return new Message.BootBanner();
        }

        @Override
        public Message visitMachineModel(KernelMessageParser.MachineModelContext c) {
            int colon = text.indexOf(':');
            return new Message.MachineModel(text.substring(colon + 1).strip());
        }

        /** "snd_pcm_period_elapsed+0x75/0xa0" -> "snd_pcm_period_elapsed". */
        private static String function(String symbol) {
            int plus = symbol.indexOf('+');
            return plus < 0 ? symbol : symbol.substring(0, plus);
        }

        /**
         * dump_stack's header prints the taint state and then the release: "Not tainted 4.19.161 #509"
         * or "Tainted: G        W         5.10.72 #1". The release is the first word after it that
         * starts with a digit and holds a dot.
         */
        static String releaseAfterTaint(String header) {
            int at = header.indexOf("ainted");
            if (at < 0) {
                return "";
            }
            for (String word : SPACES.split(header.substring(at + "ainted".length()))) {
                if (!word.isEmpty() && Character.isDigit(word.charAt(0)) && word.indexOf('.') > 0) {
                    return word;
                }
            }
            return "";
        }

        private int num(Token t) {
            return Integer.parseInt(text(t));
        }

        private long lng(Token t) {
            return Long.parseLong(text(t));
        }
    }
}
