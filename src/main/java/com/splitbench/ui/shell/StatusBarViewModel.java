package com.splitbench.ui.shell;

import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.TaskState;
import com.splitbench.ui.task.TaskTracker;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar: the newest running task's message and progress with a cancel button, or, when nothing runs, the
 * last thing that happened ("Opened workspace shop-tests", "Cancelled: Importing events.csv").
 */
public final class StatusBarViewModel {

    static final String READY = "Ready";

    private final TaskTracker tracker;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", READY);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable", false);
    private String idleMessage = READY;

    public StatusBarViewModel(TaskTracker tracker) {
        this.tracker = tracker;
        tracker.currentProperty().addListener((observable, before, now) -> follow(before, now));
        tracker.lastFinishedProperty().addListener((observable, before, now) -> {
            if (now != null) {
                idleMessage = endMessage(now);
                refreshIdle();
            }
        });
        follow(null, tracker.currentProperty().get());
    }

    /** Shows a message while nothing runs; a running task's message takes precedence until it ends. */
    public void showMessage(String text) {
        idleMessage = text == null || text.isBlank() ? READY : text;
        refreshIdle();
    }

    /** Cancels the newest running task; the status shows "Cancelling" until its work has stopped. */
    public void cancel() {
        BackgroundTask<?> current = tracker.currentProperty().get();
        if (current != null) {
            current.cancel();
        }
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The newest task's fraction done, -1 while unknown (an indeterminate bar). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether a task runs: the progress bar and the cancel button show only then. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** False once cancel was asked for, so the button cannot be pressed twice. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    private void follow(BackgroundTask<?> before, BackgroundTask<?> now) {
        message.unbind();
        progress.unbind();
        cancellable.unbind();
        busy.set(now != null);
        if (now == null) {
            progress.set(0);
            cancellable.set(false);
            refreshIdle();
            return;
        }
        message.bind(now.messageProperty());
        progress.bind(now.progressProperty());
        cancellable.bind(now.stateProperty().isEqualTo(TaskState.RUNNING));
    }

    private void refreshIdle() {
        if (!message.isBound()) {
            message.set(idleMessage);
        }
    }

    private static String endMessage(BackgroundTask<?> task) {
        return switch (task.getState()) {
            case CANCELLED -> "Cancelled: " + task.title();
            case FAILED -> "Failed: " + task.title();
            default -> "Done: " + task.title();
        };
    }
}
