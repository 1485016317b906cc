package io.xrunlens.parser;

import io.xrunlens.event.Message;

/** Test access to the package-private parser entry points. */
public final class MessageParsers {
    private MessageParsers() {
    }

    public static Message parse(String text, boolean prefilter) {
        return new MessageParser(prefilter).parse(text);
    }

    public static boolean mayMatch(String text) {
        return MessageParser.mayMatch(text);
    }
}
