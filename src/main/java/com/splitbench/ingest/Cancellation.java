package com.splitbench.ingest;

/**
 * A cancel request that a long operation checks between batches: the window's Cancel button and the command
 * line's Ctrl-C both call {@link #cancel()}. Thread-safe.
 */
public final class Cancellation {

    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void throwIfCancelled() {
        if (cancelled) {
            throw new ImportCancelledException();
        }
    }
}
