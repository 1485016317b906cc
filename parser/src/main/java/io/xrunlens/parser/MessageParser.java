package io.xrunlens.parser;

import io.xrunlens.event.DmaRole;
import io.xrunlens.event.KernelRelease;
import io.xrunlens.event.Message;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.event.PcmState;
import io.xrunlens.grammar.KernelMessageBaseVisitor;
import io.xrunlens.grammar.KernelMessageLexer;
import io.xrunlens.grammar.KernelMessageParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import io.xrunlens.catalog.MessageCatalog;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The one place that touches ANTLR: message text in, typed {@link Message} out.
 *
 * <p>Three things keep it cheap on multi-gigabyte logs: a keyword test decides which texts
 * can be one of ours at all (most kernel lines are not); one lexer and parser are reused (one
 * instance per thread: not thread-safe); and results are memoised, because the messages that
 * matter repeat (every period interrupt prints the same lines).
 */
public final class MessageParser {
    /**
     * Every grammar alternative contains one of these words. Keep in step with
     * KernelMessage.g4: MessageParserTest parses every form with and without this filter.
     */
    static final List<String> GRAMMAR_KEYWORDS = List.of("channel", "entry ", "freeing", "submitted", "command:",
            "hw_ptr", "wait_for_avail", "ioctl ", "snd_pcm_period_elapsed", "XRUN: ", "trouble?", "Linux ",
            "firmware", "run!!!", "write error", "read error", "Not tainted", "Tainted:",
            // stack frames that say who raised an XRUN; other frames need not be read at all
            "snd_pcm_lib", "snd_pcm_stop_xrun", "text_entry_release", "_handler+0x", "_isr+0x");
    /** The grammar's keywords and every catalogue row's anchor. */
    private static final KeywordSet KEYWORDS = new KeywordSet(java.util.stream.Stream.concat(
            GRAMMAR_KEYWORDS.stream(), MessageCatalog.keywords().stream()).toList());
    private static final int MEMO_SIZE = 4096;

    private final KernelMessageLexer lexer = new KernelMessageLexer(null);
    private final KernelMessageParser parser = new KernelMessageParser(null);
    private final Builder builder = new Builder();
    private final boolean prefilter;
    /**
     * Texts already parsed, in two generations: a text seen again moves from {@code young} to
     * {@code old}; a full generation is emptied. The lines every period prints (seen again and
     * again) live in {@code old} and survive the churn of texts with changing numbers, without
     * the cost of an access-ordered map that relinks on every hit.
     */
    private final Map<String, Message> young = new HashMap<>(MEMO_SIZE * 2);
    private final Map<String, Message> old = new HashMap<>(MEMO_SIZE * 2);

    public MessageParser() {
        this(true);
    }

    /** With {@code prefilter} false every text goes through the grammar (tests, checks). */
    public MessageParser(boolean prefilter) {
        this.prefilter = prefilter;
        lexer.removeErrorListeners();
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    }

    public Message parse(String text) {
        if (prefilter && !mayMatch(text)) {
            return Message.Unknown.INSTANCE;
        }
        return parseCandidate(text);
    }

    /** Parses a text already known to pass the keyword test (its whole line did). */
    Message parseCandidate(String text) {
        Message cached = old.get(text);
        if (cached != null) {
            return cached;
        }
        cached = young.remove(text);
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

    static boolean mayMatch(String text) {
        return KEYWORDS.anyIn(text);
    }

    /** The grammar first (structured ALSA and DMA messages), then the catalogue of driver messages. */
    private Message parseWithGrammar(String text) {
        lexer.setInputStream(CharStreams.fromString(text));
        parser.setTokenStream(new CommonTokenStream(lexer));
        try {
            KernelMessageParser.MessageContext tree = parser.message();
            builder.text = text;
            return builder.visit(tree.body());
        } catch (ParseCancellationException | NumberFormatException e) {
            // Not one of our forms (or a number too large to be one): maybe a catalogued one.
            return MessageCatalog.match(text).<Message>map(m -> m).orElse(Message.Unknown.INSTANCE);
        }
    }

    /** Turns a parse tree into a message; one alternative, one method. */
    private static final class Builder extends KernelMessageBaseVisitor<Message> {
        private static final Pattern SPACES = Pattern.compile(" +");
        private String text;

        @Override
        public Message visitChannelCall(KernelMessageParser.ChannelCallContext c) {
            String function = c.function.getText();
            return new Message.ChannelCall(function, num(c.channel), DmaRole.of(function));
        }

        @Override
        public Message visitBufferDescriptor(KernelMessageParser.BufferDescriptorContext c) {
            boolean wrap = c.flags.stream().anyMatch(t -> t.getText().equals("wrap"));
            boolean intr = c.flags.stream().anyMatch(t -> t.getText().equals("intr"));
            return new Message.BufferDescriptor(num(c.index), Long.parseLong(c.count.getText()),
                    c.address.getText(), wrap, intr);
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
            return new Message.DescriptorSubmitted(c.vchan.getText(), c.txd.getText(), c.cookie.getText());
        }

        @Override
        public Message visitDescriptorFreed(KernelMessageParser.DescriptorFreedContext c) {
            return new Message.DescriptorFreed(c.txd.getText());
        }

        @Override
        public Message visitPcmTrigger(KernelMessageParser.PcmTriggerContext c) {
            return new Message.PcmTrigger(c.function.getText(), num(c.command));
        }

        @Override
        public Message visitPcmAvail(KernelMessageParser.PcmAvailContext c) {
            return new Message.PcmAvail(PcmDirection.fromText(c.function.getText()), lng(c.hwPtr),
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
            return new Message.PcmIoctl(c.function == null ? "" : c.function.getText(), c.name.getText());
        }

        @Override
        public Message visitPeriodElapsed(KernelMessageParser.PeriodElapsedContext c) {
            return new Message.PeriodElapsed();
        }

        @Override
        public Message visitXrun(KernelMessageParser.XrunContext c) {
            String name = c.name.getText();
            return new Message.Xrun(c.substream == null ? name : name + ":" + c.substream.getText(),
                    PcmDirection.fromPcmName(name));
        }

        @Override
        public Message visitUserXrun(KernelMessageParser.UserXrunContext c) {
            return new Message.UserXrun(c.program == null ? "" : c.program.getText(),
                    c.kind.getText().equals("underrun") ? PcmDirection.PLAYBACK : PcmDirection.CAPTURE);
        }

        @Override
        public Message visitUserIoError(KernelMessageParser.UserIoErrorContext c) {
            // aplay's pcm_write and arecord's pcm_read; the error text is everything after "error: "
            String function = c.function.getText();
            PcmDirection d = function.contains("write") ? PcmDirection.PLAYBACK
                    : function.contains("read") ? PcmDirection.CAPTURE : PcmDirection.UNKNOWN;
            int at = text.indexOf("error:", c.operation.getStartIndex());
            String error = at < 0 ? "" : text.substring(at + "error:".length()).trim();
            return new Message.UserIoError(c.program == null ? "" : c.program.getText(), d, error);
        }

        @Override
        public Message visitFrameLine(KernelMessageParser.FrameLineContext c) {
            return new Message.StackFrame(List.of(function(c.symbol.getText())));
        }

        @Override
        public Message visitArmFrame(KernelMessageParser.ArmFrameContext c) {
            return new Message.StackFrame(List.of(function(c.callee.getText()), function(c.caller.getText())));
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
            return new Message.PcmIoError(PcmDirection.fromText(c.direction.getText()),
                    c.operation == null ? "" : c.operation.getText(), c.outcome.getText().equals("timeout"));
        }

        @Override
        public Message visitKernelVersion(KernelMessageParser.KernelVersionContext c) {
            // The release is the word after "version", up to the next space: "5.4.70-rt40".
            int start = c.release.getStartIndex();
            int end = text.indexOf(' ', start);
            return new Message.KernelVersion(KernelRelease.parse(text.substring(start, end < 0 ? text.length() : end)));
        }

        @Override
        public Message visitBootBanner(KernelMessageParser.BootBannerContext c) {
            return new Message.BootBanner();
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

        private static int num(Token t) {
            return Integer.parseInt(t.getText());
        }

        private static long lng(Token t) {
            return Long.parseLong(t.getText());
        }
    }
}
