package io.xrunlens.cli;

import io.xrunlens.format.FormatRegistry;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.parser.MessageParser;

/**
 * What a command that reads logs needs before its first line, read while picocli builds the
 * command's model on the main thread: the knowledge base's index on one thread ({@link
 * KnowledgeBase#preload}), and on another the log formats and the grammar's lexer and parser,
 * which after picocli were 40-50 ms of the main thread's run on a one-line log (bench/RESULTS.md).
 * Each is a class's own initialisation, which the JVM runs once: the main thread, arriving first
 * or later, waits for it or finds it done. None of them needs the knowledge base's index or a
 * class the main thread initialises meanwhile (picocli's, the command's), and the index's reading
 * needs none of them, so no two threads can wait for each other. Built-in tables only: the
 * causes, which a user's cause file on the class path may break, are read on the main thread,
 * which then tells the failure in words (to every thread but the one whose initialisation of a
 * class failed, that class is only one that "could not initialize").
 */
final class StartUp {
    private StartUp() {
    }

    static void begin() {
        KnowledgeBase.preload();
        Thread t = new Thread(StartUp::load, "xrunlens-tables");
        t.setDaemon(true);
        t.start();
    }

    private static void load() {
        FormatRegistry.all();
        new MessageParser(); // last: a parser asks for the knowledge base, and waits for its index
    }
}
