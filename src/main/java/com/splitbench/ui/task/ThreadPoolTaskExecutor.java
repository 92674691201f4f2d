package com.splitbench.ui.task;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Runs tasks on the app's worker threads ({@link AppExecutor}) and calls back on the UI thread. */
public final class ThreadPoolTaskExecutor implements TaskExecutor {

    private final Executor workers;
    private final UiThread ui;
    private final Consumer<Throwable> fallbackErrors;
    private final TaskTracker tracker = new TaskTracker();

    /**
     * @param workers        where the work runs, normally the {@link AppExecutor}
     * @param ui             where callbacks and property changes run, normally {@link UiThread#javafx()}
     * @param fallbackErrors receives, on the UI thread, failures of tasks that have no error callback
     */
    public ThreadPoolTaskExecutor(Executor workers, UiThread ui, Consumer<Throwable> fallbackErrors) {
        this.workers = Objects.requireNonNull(workers);
        this.ui = Objects.requireNonNull(ui);
        this.fallbackErrors = Objects.requireNonNull(fallbackErrors);
    }

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        Runnable body = task.start(ui, fallbackErrors);
        ui.execute(() -> tracker.track(task));
        workers.execute(body);
        return task;
    }

    @Override
    public TaskTracker tracker() {
        return tracker;
    }
}
