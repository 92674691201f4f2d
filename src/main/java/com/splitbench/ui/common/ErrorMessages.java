package com.splitbench.ui.common;

import com.splitbench.common.UserFacingException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns a failure into words for the user. A {@link UserFacingException} anywhere in the cause chain speaks for
 * itself; common file-system failures get a plain explanation; anything else is a bug in Splitbench, and the user
 * is told so, where the details were logged, and what to do.
 */
public final class ErrorMessages {

    private final Path logFile;

    /** @param logFile where the details of unexpected failures are written, named in the message; may be null */
    public ErrorMessages(Path logFile) {
        this.logFile = logFile;
    }

    public ErrorMessage describe(String whatFailed, Throwable failure) {
        Objects.requireNonNull(whatFailed, "whatFailed");
        Throwable cause = unwrap(failure);
        UserFacingException userFacing = findUserFacing(cause);
        if (userFacing != null) {
            return new ErrorMessage(whatFailed, userFacing.getMessage(), false);
        }
        if (cause instanceof FileSystemException) {
            return new ErrorMessage(whatFailed, describeFileSystem((FileSystemException) cause), false);
        }
        if (cause instanceof OutOfMemoryError) {
            return new ErrorMessage(whatFailed, "Splitbench ran out of memory. Close what you do not need, or start "
                    + "Splitbench with more memory, for example: java -Xmx4g -jar splitbench.jar", false);
        }
        return new ErrorMessage(whatFailed, "Something went wrong inside Splitbench ("
                + cause.getClass().getSimpleName() + "). This is a bug, not something you did. "
                + (logFile == null ? "" : "The details are in the log file " + logFile + ". ")
                + "Try again; if it happens again, please report it" + (logFile == null ? "." : " with the log file."),
                true);
    }

    /** True when the failure is one the user can act on: it is logged briefly, without a stack trace. */
    public static boolean isExpected(Throwable failure) {
        Throwable cause = unwrap(failure);
        return findUserFacing(cause) != null || cause instanceof FileSystemException
                || cause instanceof OutOfMemoryError;
    }

    private static String describeFileSystem(FileSystemException e) {
        String file = e.getFile() == null ? "the file" : e.getFile();
        if (e instanceof NoSuchFileException) {
            return file + " does not exist. Check that it was not moved or deleted, then pick it again.";
        }
        if (e instanceof AccessDeniedException) {
            return "Splitbench is not allowed to use " + file + ". Check its permissions, or pick another place.";
        }
        String reason = e.getReason() == null ? "the operating system refused" : e.getReason();
        if (reason.toLowerCase(java.util.Locale.ROOT).contains("no space")) {
            return "The disk holding " + file + " is full. Free some space, then try again.";
        }
        return "Splitbench could not use " + file + ": " + reason + ". Check the file and try again.";
    }

    /** Strips the wrappers that executors and reflection add around the real failure. */
    static Throwable unwrap(Throwable failure) {
        Throwable current = Objects.requireNonNull(failure, "failure");
        while ((current instanceof CompletionException || current instanceof ExecutionException
                || current instanceof InvocationTargetException || current instanceof UncheckedIOException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static UserFacingException findUserFacing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UserFacingException) {
                return (UserFacingException) t;
            }
        }
        return null;
    }
}
