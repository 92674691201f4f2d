package com.splitbench.ui.task;

/** The slow part of a {@link BackgroundTask}: runs on a worker thread and returns the result. */
@FunctionalInterface
public interface TaskWork<T> {

    T run(TaskContext context) throws Exception;
}
