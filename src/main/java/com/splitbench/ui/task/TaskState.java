package com.splitbench.ui.task;

/** The life of a {@link BackgroundTask}. */
public enum TaskState {
    READY,
    RUNNING,
    /** Cancel was asked for; the work has not stopped yet (an import may still be rolling back). */
    CANCELLING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
