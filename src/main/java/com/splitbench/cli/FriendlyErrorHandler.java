package com.splitbench.cli;

import com.splitbench.common.UserFacingException;
import java.lang.System.Logger.Level;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions from a command into a one-line message on stderr. Expected failures
 * ({@link UserFacingException}) print their message; anything else is a bug, logged once with its stack trace
 * and reported in one line.
 */
final class FriendlyErrorHandler implements IExecutionExceptionHandler {

    private static final System.Logger LOG = System.getLogger(FriendlyErrorHandler.class.getName());

    /** sysexits.h EX_SOFTWARE: an internal error. */
    static final int EXIT_INTERNAL = 70;

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        if (ex instanceof UserFacingException userFacing) {
            commandLine.getErr().println("error: " + userFacing.getMessage());
            return userFacing.exitCode();
        }
        LOG.log(Level.DEBUG, "Unexpected failure in command " + commandLine.getCommandName(), ex);
        commandLine.getErr().println("error: unexpected failure (" + ex.getClass().getSimpleName() + ": "
                + ex.getMessage() + "). Please report this with the command you ran.");
        return EXIT_INTERNAL;
    }
}
