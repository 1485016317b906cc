package io.xrunlens.cli;

/**
 * Ctrl-C for xrunlens watch: instead of the JVM's abrupt exit, the input is ended, so what was
 * read is finished and summed up and the exit code says what was found. Where the JVM offers no
 * signal handling (jdk.unsupported missing), Ctrl-C simply ends the process.
 */
final class Interrupts {
    private Interrupts() {
    }

    static void onInterrupt(Runnable action) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> action.run());
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            // no handler: the default behaviour stays
        }
    }
}
