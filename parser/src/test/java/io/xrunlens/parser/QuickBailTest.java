package io.xrunlens.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.grammar.KernelMessageLexer;
import io.xrunlens.grammar.KernelMessageParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The grammar gives up on a text as ANTLR's BailErrorStrategy does (the same trees, the same
 * texts refused), without a stack trace for either exception it makes.
 */
class QuickBailTest {
    private static KernelMessageParser parser(String text, boolean quick) {
        KernelMessageLexer lexer = new KernelMessageLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        KernelMessageParser parser = new KernelMessageParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        if (quick) {
            QuickBail.install(parser);
        } else {
            parser.setErrorHandler(new BailErrorStrategy());
        }
        return parser;
    }

    /** The tree's text, or null where the parser gave up. */
    private static String tree(String text, boolean quick) {
        KernelMessageParser parser = parser(text, quick);
        try {
            return parser.message().body().toStringTree(parser);
        } catch (ParseCancellationException e) {
            return null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "vchan 0b9e17d4: txd 44e1b2a0[3]: submitted",
        "txd 7c1d3e55: freeing",
        "sdma_prep_dma_cyclic channel: 2",
        "sdma_config_channel channel: 2",
        "TX underrun on channel 0",
        "sdma firmware not ready!",
        "error: failed to boot DSP firmware -110",
        "XRUN: pcmC0D0p:0",
        "capture write error (DMA or IRQ trouble?)",
        "channel 3 is busy, firmware says no",
        "freeing the world",
        "submitted: nothing",
        "hw_ptr",
        "",
    })
    void readsAsBailingDid(String text) {
        assertEquals(tree(text, false), tree(text, true), text);
    }

    @Test
    void someTextsAreRefusedAndSomeRead() {
        assertTrue(tree("txd 7c1d3e55: freeing", true) != null);
        assertTrue(tree("freeing the world", true) == null);
    }

    @Test
    void givesUpWithOneExceptionAndNoStackTraces() {
        KernelMessageParser parser = parser("channel 3 is busy, firmware says no", true);
        List<RecognitionException> seen = new ArrayList<>();
        parser.addParseListener(new ParseTreeListener() {
            @Override
            public void visitTerminal(TerminalNode node) {
            }

            @Override
            public void visitErrorNode(ErrorNode node) {
            }

            @Override
            public void enterEveryRule(ParserRuleContext ctx) {
            }

            @Override
            public void exitEveryRule(ParserRuleContext ctx) {
                if (ctx.exception != null) {
                    seen.add(ctx.exception);
                }
            }
        });
        ParseCancellationException e = assertThrows(ParseCancellationException.class, parser::message);
        assertSame(QuickBail.GIVE_UP, e);
        assertEquals(0, e.getStackTrace().length);
        assertFalse(seen.isEmpty(), "the rule that failed notes why");
        for (RecognitionException why : seen) {
            assertEquals(0, why.getStackTrace().length, why.getClass().getSimpleName());
        }
    }
}
