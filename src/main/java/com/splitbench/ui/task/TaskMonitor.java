package com.splitbench.ui.task;

import com.splitbench.analysis.AnalysisMonitor;

/** An analysis's progress and cancel, carried by the window's background task. */
public final class TaskMonitor implements AnalysisMonitor {

    private static final long STEPS = 1000;

    private final TaskContext task;

    public TaskMonitor(TaskContext task) {
        this.task = task;
    }

    @Override
    public void progress(double fraction, String message) {
        task.updateProgress(Math.round(Math.max(0, Math.min(1, fraction)) * STEPS), STEPS);
        if (message != null && !message.isBlank()) {
            task.updateMessage(message);
        }
    }

    @Override
    public boolean isCancelled() {
        return task.isCancelled();
    }
}
