package com.splitbench.ui.task;

/**
 * Runs {@link BackgroundTask}s. The window uses {@link ThreadPoolTaskExecutor} on the app's worker threads;
 * view-model tests use {@link CurrentThreadTaskExecutor}, which runs each task to the end before returning.
 */
public interface TaskExecutor {

    /**
     * Starts the task and returns it, so that the caller can bind to it or cancel it.
     *
     * @throws IllegalStateException if the task was started before
     */
    <T> BackgroundTask<T> execute(BackgroundTask<T> task);

    /** The tasks this executor is running, for the status bar. */
    TaskTracker tracker();
}
