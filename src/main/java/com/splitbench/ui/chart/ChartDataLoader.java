package com.splitbench.ui.chart;

import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.TaskExecutor;
import com.splitbench.ui.task.TaskWork;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds a chart's dataset off the JavaFX thread and swaps it in on it. JFreeChart redraws as soon as a dataset it
 * shows changes, so a dataset must be complete before the chart sees it: {@code build} creates a new dataset from
 * immutable results and never touches one the chart holds; {@code swapIn} hands it to the plot on the JavaFX thread.
 *
 * <p>One loader per chart. When the user switches quickly (baseline, segment), only the newest request reaches the
 * chart: an older one still running is cancelled, and its result dropped if it finishes anyway.
 */
public final class ChartDataLoader {

    private final TaskExecutor tasks;
    private long generation;
    private BackgroundTask<?> running;

    public ChartDataLoader(TaskExecutor tasks) {
        this.tasks = Objects.requireNonNull(tasks);
    }

    /**
     * Starts a load. Call on the JavaFX thread.
     *
     * @param title  what the status bar shows, e.g. "Drawing cumulative lift"
     * @param build  creates the finished dataset; runs on a worker thread
     * @param swapIn puts it into the chart, e.g. {@code plot::setDataset}; runs on the JavaFX thread
     * @return the task, to bind a spinner to or to cancel
     */
    public <D> BackgroundTask<D> load(String title, TaskWork<D> build, Consumer<? super D> swapIn) {
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(swapIn, "swapIn");
        long mine = ++generation;
        if (running != null) {
            running.cancel();
        }
        BackgroundTask<D> task = BackgroundTask.of(title, build).onSuccess(dataset -> {
            if (mine == generation) {
                swapIn.accept(dataset);
            }
        }).onFinally(() -> {
            if (mine == generation) {
                running = null;
            }
        });
        running = task;
        return tasks.execute(task);
    }
}
