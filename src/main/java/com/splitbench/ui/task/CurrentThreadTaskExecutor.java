package com.splitbench.ui.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs each task to its end on the calling thread before {@code execute} returns, callbacks included. For
 * view-model tests: no toolkit, no threads, no waiting.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final TaskTracker tracker = new TaskTracker();
    private final Consumer<Throwable> fallbackErrors;

    /** @param fallbackErrors receives failures of tasks that have no error callback */
    public CurrentThreadTaskExecutor(Consumer<Throwable> fallbackErrors) {
        this.fallbackErrors = Objects.requireNonNull(fallbackErrors);
    }

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        Runnable body = task.start(UiThread.callingThread(), fallbackErrors);
        tracker.track(task);
        body.run();
        return task;
    }

    @Override
    public TaskTracker tracker() {
        return tracker;
    }
}
