package io.xrunlens.input;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.regex.PatternSyntaxException;
import java.util.zip.ZipException;

/**
 * What went wrong, in words a user can act on: "no such file or directory", "permission
 * denied", "the data ends early". Java's exception names never reach the user; a failure this
 * table does not know says "internal error" and points at --debug.
 */
public final class IoProblems {
    private IoProblems() {
    }

    /** "PATH: reason" for file-system failures, the reason alone for the others. */
    public static String describe(Throwable e) {
        if (e instanceof UncheckedIOException u) {
            return describe(u.getCause());
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + ": " + reason(e);
        }
        return reason(e);
    }

    /** The reason alone, without the path: "no such file or directory". */
    public static String reason(Throwable e) {
        if (e instanceof UncheckedIOException u) {
            return reason(u.getCause());
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "is a folder that is not empty";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        if (e instanceof EOFException) {
            return "the data ends early (truncated)";
        }
        if (e instanceof ZipException) {
            return "corrupt compressed data" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        if (e instanceof PatternSyntaxException p) {
            return "not a valid pattern: " + p.getDescription();
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory (give Java more with XRUNLENS_JAVA_OPTS=-Xmx1g)";
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e instanceof IOException ? "unreadable data" : "internal error (run with --debug to see where)";
        }
        return m;
    }
}
