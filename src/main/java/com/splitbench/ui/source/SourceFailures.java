package com.splitbench.ui.source;

import com.splitbench.ui.common.ErrorMessage;
import com.splitbench.ui.common.ErrorMessages;

/** A failed test, save or analysis, in words for the dialog or page: logged once, never shown as a stack trace. */
final class SourceFailures {

    private static final ErrorMessages MESSAGES = new ErrorMessages(null);

    private SourceFailures() {
    }

    static String describe(String whatFailed, Throwable failure) {
        ErrorMessage message = MESSAGES.describe(whatFailed, failure);
        System.Logger log = System.getLogger(SourceFailures.class.getName());
        if (message.unexpected()) {
            log.log(System.Logger.Level.ERROR, whatFailed + " failed", failure);
        } else {
            log.log(System.Logger.Level.INFO, whatFailed + " failed: " + message.text());
        }
        return message.text();
    }
}
