package com.splitbench.ui.common;

import java.util.Objects;

/**
 * What the user reads when something fails.
 *
 * @param title      what failed, e.g. "The workspace could not be opened"
 * @param text       why, and what to do next; never a stack trace
 * @param unexpected whether this is a bug in Splitbench rather than something about the user's files or machine
 */
public record ErrorMessage(String title, String text, boolean unexpected) {

    public ErrorMessage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
