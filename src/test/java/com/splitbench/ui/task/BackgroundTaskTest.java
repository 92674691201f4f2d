package com.splitbench.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** The task's contract, run on the calling thread so that no toolkit or waiting is needed. */
class BackgroundTaskTest {

    /** Lets a task's work refer to the task itself. */
    private static final class Holder<T> {
        BackgroundTask<T> task;
    }

    private final List<Throwable> unhandled = new ArrayList<>();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(unhandled::add);
    private final List<String> events = new ArrayList<>();

    @Test
    void callsSuccessThenFinallyWithTheResult() {
        BackgroundTask<Integer> task = executor.execute(BackgroundTask.of("Adding", context -> 40 + 2)
                .onSuccess(result -> events.add("success " + result))
                .onError(failure -> events.add("error"))
                .onCancelled(() -> events.add("cancelled"))
                .onFinally(() -> events.add("finally")));

        assertThat(events).containsExactly("success 42", "finally");
        assertThat(task.getState()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(task.isBusy()).isFalse();
    }

    @Test
    void givesAFailureToItsErrorCallbackOnly() {
        IOException failure = new IOException("disk gone");
        executor.execute(BackgroundTask.of("Reading", context -> {
            throw failure;
        }).onError(error -> events.add("error " + error.getMessage())).onFinally(() -> events.add("finally")));

        assertThat(events).containsExactly("error disk gone", "finally");
        assertThat(unhandled).isEmpty();
    }

    @Test
    void reportsAFailureWithoutErrorCallbackToTheExecutor() {
        IllegalStateException failure = new IllegalStateException("bug");
        BackgroundTask<Object> task = executor.execute(BackgroundTask.of("Buggy", context -> {
            throw failure;
        }));

        assertThat(unhandled).containsExactly(failure);
        assertThat(task.getState()).isEqualTo(TaskState.FAILED);
    }

    @Test
    void isBusyWhileItsWorkRuns() {
        List<Boolean> busyInside = new ArrayList<>();
        Holder<Void> self = new Holder<>();
        self.task = BackgroundTask.of("Working", context -> {
            busyInside.add(self.task.isBusy());
            busyInside.add(executor.tracker().isBusy());
            return null;
        });

        executor.execute(self.task);

        assertThat(busyInside).containsExactly(true, true);
        assertThat(executor.tracker().isBusy()).isFalse();
    }

    @Test
    void endsAsCancelledWhenCancelledDuringTheWorkEvenIfTheWorkReturns() {
        Holder<String> self = new Holder<>();
        self.task = BackgroundTask.of("Importing", context -> {
            self.task.cancel();
            assertThat(context.isCancelled()).isTrue();
            return "partial";
        });
        self.task.onSuccess(result -> events.add("success")).onCancelled(() -> events.add("cancelled"))
                .onFinally(() -> events.add("finally"));

        executor.execute(self.task);

        assertThat(events).containsExactly("cancelled", "finally");
        assertThat(self.task.getState()).isEqualTo(TaskState.CANCELLED);
    }

    @Test
    void treatsACancellationExceptionFromTheWorkAsCancelledNotFailed() {
        BackgroundTask<Object> task = executor.execute(BackgroundTask.of("Stopping", context -> {
            throw new CancellationException("the importer stopped");
        }).onCancelled(() -> events.add("cancelled")));

        assertThat(task.getState()).isEqualTo(TaskState.CANCELLED);
        assertThat(events).containsExactly("cancelled");
        assertThat(unhandled).isEmpty();
    }

    @Test
    void neverRunsWorkThatWasCancelledBeforeItStarted() {
        BackgroundTask<String> task = BackgroundTask.of("Never", context -> {
            events.add("ran");
            return "x";
        });
        task.cancel();

        executor.execute(task.onCancelled(() -> events.add("cancelled")));

        assertThat(events).containsExactly("cancelled");
    }

    @Test
    void throwIfCancelledStopsALoop() {
        Holder<Integer> self = new Holder<>();
        self.task = BackgroundTask.of("Looping", context -> {
            int rows = 0;
            while (true) {
                context.throwIfCancelled();
                if (++rows == 3) {
                    self.task.cancel();
                }
            }
        });

        executor.execute(self.task);

        assertThat(self.task.getState()).isEqualTo(TaskState.CANCELLED);
    }

    @Test
    void reportsProgressAsAFractionAndUnknownTotalsAsIndeterminate() {
        List<Double> seen = new ArrayList<>();
        Holder<Void> self = new Holder<>();
        self.task = BackgroundTask.of("Reading", context -> {
            context.updateProgress(25, 100);
            seen.add(self.task.progressProperty().get());
            context.updateProgress(150, 100);
            seen.add(self.task.progressProperty().get());
            context.updateProgress(5, 0);
            seen.add(self.task.progressProperty().get());
            context.updateMessage("Reading rows: 5");
            assertThat(self.task.messageProperty().get()).isEqualTo("Reading rows: 5");
            return null;
        });

        executor.execute(self.task);

        assertThat(seen).containsExactly(0.25, 1.0, -1.0);
    }

    @Test
    void showsItsTitleAsTheMessageUntilTheWorkSaysMore() {
        List<String> seen = new ArrayList<>();
        Holder<Void> self = new Holder<>();
        self.task = BackgroundTask.of("Opening workspace", context -> {
            seen.add(self.task.messageProperty().get());
            return null;
        });

        executor.execute(self.task);

        assertThat(seen).containsExactly("Opening workspace");
    }

    @Test
    void runsFinallyAndReportsTheFailureWhenASuccessCallbackThrows() {
        RuntimeException callbackBug = new RuntimeException("callback bug");
        executor.execute(BackgroundTask.of("Fine", context -> 1)
                .onSuccess(result -> {
                    throw callbackBug;
                })
                .onFinally(() -> events.add("finally")));

        assertThat(unhandled).containsExactly(callbackBug);
        assertThat(events).containsExactly("finally");
    }

    @Test
    void refusesToStartTwice() {
        BackgroundTask<Integer> task = executor.execute(BackgroundTask.of("Once", context -> 1));

        assertThatThrownBy(() -> executor.execute(task))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Once");
    }

    @Test
    void cancelAfterTheEndChangesNothing() {
        BackgroundTask<Integer> task = executor.execute(BackgroundTask.of("Done", context -> 1));

        task.cancel();

        assertThat(task.getState()).isEqualTo(TaskState.SUCCEEDED);
    }
}
