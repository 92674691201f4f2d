package com.splitbench.common;

/**
 * A failure whose message is written for the user: what happened, where (file, line, column when there is one),
 * and what to do. Every layer throws it (or a subclass) for expected failures such as bad input, a locked
 * workspace or a damaged report. The command line prints the message alone and exits with {@link #exitCode()};
 * the window shows it in a dialog. Neither ever shows the user a stack trace.
 */
public class UserFacingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Exit code for bad input or a refused operation. */
    public static final int EXIT_BAD_INPUT = 2;

    private final int exitCode;

    public UserFacingException(String message) {
        this(message, EXIT_BAD_INPUT, null);
    }

    public UserFacingException(String message, Throwable cause) {
        this(message, EXIT_BAD_INPUT, cause);
    }

    public UserFacingException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
