package io.xrunlens.input;

/** An input that cannot be read at all; the message is one line for the user. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
