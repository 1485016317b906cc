package io.xrunlens.input;

import java.io.IOException;

/** A read stopped on purpose at a limit (a decompression bomb, --max-unpacked): not damage to the input. */
public final class ReadStopped extends IOException {
    private static final long serialVersionUID = 1L;

    public ReadStopped(String message) {
        super(message);
    }
}
