package io.xrunlens.parser;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Gives up on a text that is none of the grammar's forms at its first wrong token, as ANTLR's
 * {@code BailErrorStrategy} does, without its cost: for each such text it made a recognition
 * exception and a cancellation wrapping it, each walking the thread's stack for a trace nobody
 * reads, and worded an error message for listeners there are none of. Most lines that hold a
 * grammar word ("firmware", "channel") in a log of many drivers are not its forms, so that was
 * a fifth of the grammar's time there. The cancellation is {@link #GIVE_UP}, thrown as
 * {@link ParseCancellationException}, which the caller catches as before.
 */
final class QuickBail extends DefaultErrorStrategy {
    /** Thrown for every text given up on: it carries nothing, so one serves all. */
    static final ParseCancellationException GIVE_UP = new GiveUp();

    /** Sets {@code parser} to give up so, its prediction's dead ends made without a stack trace too. */
    static void install(Parser parser) {
        ParserATNSimulator was = parser.getInterpreter();
        ParserATNSimulator quick = new QuietDeadEnds(parser, was);
        quick.setPredictionMode(was.getPredictionMode());
        parser.setInterpreter(quick);
        parser.setErrorHandler(new QuickBail());
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        // no listener reads it: the text is given up on
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw GIVE_UP;
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        throw GIVE_UP;
    }

    @Override
    public void sync(Parser recognizer) {
        // as BailErrorStrategy: no recovery within a rule
    }

    private static final class GiveUp extends ParseCancellationException {
        private static final long serialVersionUID = 1L;

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /**
     * The prediction's simulator, sharing the parser's tables, whose dead ends are made without a
     * stack trace: it makes one at every dead end, even where another alternative is then taken.
     */
    private static final class QuietDeadEnds extends ParserATNSimulator {
        QuietDeadEnds(Parser parser, ParserATNSimulator was) {
            super(parser, parser.getATN(), was.decisionToDFA, was.getSharedContextCache());
        }

        @Override
        protected NoViableAltException noViableAlt(TokenStream input, ParserRuleContext outerContext,
                                                   ATNConfigSet configs, int startIndex) {
            return new DeadEnd(parser, input, input.get(startIndex), input.LT(1), configs, outerContext);
        }
    }

    private static final class DeadEnd extends NoViableAltException {
        private static final long serialVersionUID = 1L;

        DeadEnd(Parser parser, TokenStream input, Token start, Token offending, ATNConfigSet configs,
                ParserRuleContext context) {
            super(parser, input, start, offending, configs, context);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
