package com.splitbench.ui.task;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The background tasks that are running now, newest last. The status bar shows the newest; the window asks
 * whether anything is {@linkplain #busyProperty() busy} before it quits. Changed on the UI thread only.
 */
public final class TaskTracker {

    private final ObservableList<BackgroundTask<?>> running = FXCollections.observableArrayList();
    private final ObservableList<BackgroundTask<?>> readOnlyRunning = FXCollections.unmodifiableObservableList(running);
    private final ReadOnlyObjectWrapper<BackgroundTask<?>> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<BackgroundTask<?>> lastFinished =
            new ReadOnlyObjectWrapper<>(this, "lastFinished");
    private final BooleanBinding busy = Bindings.isNotEmpty(running);

    /** Follows the task until it ends. Call on the UI thread, after the task was started. */
    void track(BackgroundTask<?> task) {
        if (task.getState().isFinished()) {
            lastFinished.set(task);
            return;
        }
        running.add(task);
        current.set(task);
        task.stateProperty().addListener((observable, before, now) -> {
            if (now.isFinished()) {
                running.remove(task);
                lastFinished.set(task);
                current.set(running.isEmpty() ? null : running.get(running.size() - 1));
            }
        });
    }

    public ObservableList<BackgroundTask<?>> running() {
        return readOnlyRunning;
    }

    /** The newest task still running, or null. */
    public ReadOnlyObjectProperty<BackgroundTask<?>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The task that ended most recently, or null. */
    public ReadOnlyObjectProperty<BackgroundTask<?>> lastFinishedProperty() {
        return lastFinished.getReadOnlyProperty();
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    public boolean isBusy() {
        return busy.get();
    }
}
