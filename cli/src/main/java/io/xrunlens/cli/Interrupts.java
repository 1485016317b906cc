package io.xrunlens.cli;

import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and a service manager's stop (SIGTERM) for xrunlens watch: instead of the
 * JVM's abrupt exit, the input is ended, so what was read is finished and summed up and the exit
 * code says what was found. Where the JVM offers no signal handling (jdk.unsupported missing), or
 * a signal is ignored (a background job of a non-interactive shell ignores SIGINT), the default
 * behaviour stays.
 */
final class Interrupts {
    private Interrupts() {
    }

    static void onInterrupt(Runnable action) {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), s -> action.run());
            } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
                // no handler for this one: its default behaviour stays
            }
        }
    }
}
