package com.splitbench.ui.task;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One piece of slow work for the window: it runs on a worker thread, reports progress and a message, can be
 * cancelled, and calls back on the UI thread when it ends. Start it with a {@link TaskExecutor}.
 *
 * <p>Cancelling is cooperative: the work sees {@link TaskContext#isCancelled()} and stops. The worker thread is not
 * interrupted, because an interrupt closes NIO file channels under the embedded database and the importer.
 *
 * <p>All properties change on the UI thread only. Exactly one of the success, error and cancelled callbacks runs,
 * then the finally callback. A task without an error callback reports failures to its executor's error handler.
 */
public final class BackgroundTask<T> {

    private final String title;
    private final TaskWork<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<? super Throwable> onError;
    private Runnable onCancelled = () -> { };
    private Runnable onFinally = () -> { };

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<TaskState> state = new ReadOnlyObjectWrapper<>(this, "state", TaskState.READY);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private volatile double latestProgress = -1;
    private volatile String latestMessage;
    private UiThread ui = UiThread.callingThread();

    private BackgroundTask(String title, TaskWork<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
        this.latestMessage = title;
        busy.bind(state.isEqualTo(TaskState.RUNNING).or(state.isEqualTo(TaskState.CANCELLING)));
    }

    /** @param title what the status bar shows until the work sends its own message, e.g. "Opening workspace" */
    public static <T> BackgroundTask<T> of(String title, TaskWork<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onError(Consumer<? super Throwable> callback) {
        this.onError = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onFinally(Runnable callback) {
        this.onFinally = Objects.requireNonNull(callback);
        return this;
    }

    public String title() {
        return title;
    }

    /** Asks the work to stop. Safe to call from any thread, any number of times, and after the task ended. */
    public void cancel() {
        if (cancelRequested.compareAndSet(false, true)) {
            ui.execute(() -> {
                if (state.get() == TaskState.RUNNING) {
                    state.set(TaskState.CANCELLING);
                    message.set("Cancelling: " + title);
                }
            });
        }
    }

    public boolean isCancelRequested() {
        return cancelRequested.get();
    }

    /** Fraction done in [0, 1], or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TaskState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public TaskState getState() {
        return state.get();
    }

    /** True from the start until the work has stopped (also while it winds down after a cancel). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /**
     * Marks the task running (on the UI thread) and returns the body for a worker thread. Called by executors.
     *
     * @throws IllegalStateException if the task was started before
     */
    Runnable start(UiThread uiThread, Consumer<Throwable> fallbackErrors) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("The task \"" + title + "\" was started before; create a new one");
        }
        this.ui = uiThread;
        ui.execute(() -> {
            message.set(title);
            state.set(cancelRequested.get() ? TaskState.CANCELLING : TaskState.RUNNING);
        });
        return () -> runOnWorker(fallbackErrors);
    }

    private void runOnWorker(Consumer<Throwable> fallbackErrors) {
        T result;
        try {
            if (cancelRequested.get()) {
                throw new CancellationException("Cancelled before it started");
            }
            result = work.run(new Context());
        } catch (Throwable failure) {
            boolean cancelled = cancelRequested.get() || failure instanceof CancellationException;
            ui.execute(() -> finish(cancelled ? TaskState.CANCELLED : TaskState.FAILED, null, failure, fallbackErrors));
            return;
        }
        TaskState end = cancelRequested.get() ? TaskState.CANCELLED : TaskState.SUCCEEDED;
        ui.execute(() -> finish(end, result, null, fallbackErrors));
    }

    private void finish(TaskState end, T result, Throwable failure, Consumer<Throwable> fallbackErrors) {
        flush();
        state.set(end);
        try {
            switch (end) {
                case SUCCEEDED -> onSuccess.accept(result);
                case FAILED -> {
                    if (onError != null) {
                        onError.accept(failure);
                    } else {
                        fallbackErrors.accept(failure);
                    }
                }
                default -> onCancelled.run();
            }
        } catch (RuntimeException callbackFailure) {
            fallbackErrors.accept(callbackFailure);
        } finally {
            runFinally(fallbackErrors);
        }
    }

    private void runFinally(Consumer<Throwable> fallbackErrors) {
        try {
            onFinally.run();
        } catch (RuntimeException callbackFailure) {
            fallbackErrors.accept(callbackFailure);
        }
    }

    private void scheduleFlush() {
        if (flushScheduled.compareAndSet(false, true)) {
            ui.execute(this::flush);
        }
    }

    private void flush() {
        // Clear the flag before reading, so that an update written meanwhile schedules another flush.
        flushScheduled.set(false);
        progress.set(latestProgress);
        if (!state.get().isFinished() && state.get() != TaskState.CANCELLING) {
            message.set(latestMessage);
        }
    }

    /** The worker's view of this task. */
    private final class Context implements TaskContext {

        @Override
        public void updateProgress(long done, long total) {
            latestProgress = total <= 0 ? -1 : Math.max(0, Math.min(1, (double) done / total));
            scheduleFlush();
        }

        @Override
        public void updateMessage(String text) {
            latestMessage = text == null ? "" : text;
            scheduleFlush();
        }

        @Override
        public boolean isCancelled() {
            return cancelRequested.get();
        }
    }
}
