package com.splitbench.ui.task;

import java.util.concurrent.CancellationException;

/**
 * What a {@link TaskWork} sees while it runs off the JavaFX thread: a way to report progress and a message, and
 * to learn that the user cancelled. Updates are coalesced, so calling them for every row is cheap.
 */
public interface TaskContext {

    /** Reports {@code done} of {@code total} units; a negative or zero total means "not known" (indeterminate). */
    void updateProgress(long done, long total);

    /** Reports a short, user-readable line such as "Reading events.csv: 1.2 M rows". */
    void updateMessage(String message);

    /** @return whether the user asked to cancel; long loops should check it often and stop early */
    boolean isCancelled();

    /** Throws {@link CancellationException} when the user asked to cancel, so a loop can stop in one line. */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("Cancelled by the user");
        }
    }
}
