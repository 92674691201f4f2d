package com.splitbench.ui.common;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * The one place where a failure reaches the user: it is logged once (with its stack trace only when it is a bug)
 * and shown as a short dialog that says what happened and what to do.
 */
public final class ErrorReporter {

    private static final Logger LOG = System.getLogger(ErrorReporter.class.getName());

    private final DialogService dialogs;
    private final ErrorMessages messages;

    public ErrorReporter(DialogService dialogs, ErrorMessages messages) {
        this.dialogs = Objects.requireNonNull(dialogs);
        this.messages = Objects.requireNonNull(messages);
    }

    /** Logs and shows the failure. Call on the UI thread. */
    public void report(String whatFailed, Throwable failure) {
        ErrorMessage message = messages.describe(whatFailed, failure);
        if (message.unexpected()) {
            LOG.log(Level.ERROR, whatFailed, failure);
        } else {
            LOG.log(Level.WARNING, whatFailed + ": " + message.text());
        }
        dialogs.showError(message);
    }

    /** For failures with no better description, such as a background task without its own error callback. */
    public void report(Throwable failure) {
        report("The operation failed", failure);
    }
}
