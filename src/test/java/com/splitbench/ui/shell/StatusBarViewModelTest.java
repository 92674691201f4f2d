package com.splitbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.CurrentThreadTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor(failure -> { });
    private final StatusBarViewModel status = new StatusBarViewModel(tasks.tracker());

    @Test
    void saysReadyWhenNothingHappened() {
        assertThat(status.messageProperty().get()).isEqualTo("Ready");
        assertThat(status.busyProperty().get()).isFalse();
    }

    @Test
    void followsTheRunningTasksMessageAndProgressWithCancelAvailable() {
        List<Object> seen = new ArrayList<>();
        tasks.execute(BackgroundTask.of("Importing events.csv", context -> {
            context.updateProgress(3, 4);
            context.updateMessage("Importing events.csv: 3 MB of 4 MB");
            seen.add(status.messageProperty().get());
            seen.add(status.progressProperty().get());
            seen.add(status.busyProperty().get());
            seen.add(status.cancellableProperty().get());
            return null;
        }));

        assertThat(seen).containsExactly("Importing events.csv: 3 MB of 4 MB", 0.75, true, true);
        assertThat(status.busyProperty().get()).isFalse();
        assertThat(status.messageProperty().get()).isEqualTo("Done: Importing events.csv");
    }

    @Test
    void cancelsTheRunningTaskAndSaysSoWhenItStops() {
        List<Object> seen = new ArrayList<>();
        tasks.execute(BackgroundTask.of("Analysing", context -> {
            status.cancel();
            seen.add(status.messageProperty().get());
            seen.add(status.cancellableProperty().get());
            return null;
        }));

        assertThat(seen).containsExactly("Cancelling: Analysing", false);
        assertThat(status.messageProperty().get()).isEqualTo("Cancelled: Analysing");
    }

    @Test
    void saysWhichTaskFailed() {
        tasks.execute(BackgroundTask.of("Saving report", context -> {
            throw new IllegalStateException("x");
        }).onError(failure -> { }));

        assertThat(status.messageProperty().get()).isEqualTo("Failed: Saving report");
    }

    @Test
    void letsASuccessCallbackReplaceTheDoneMessage() {
        tasks.execute(BackgroundTask.of("Opening", context -> "shop")
                .onSuccess(name -> status.showMessage("Opened workspace " + name)));

        assertThat(status.messageProperty().get()).isEqualTo("Opened workspace shop");
    }

    @Test
    void keepsARunningTasksMessageOverAnIdleMessage() {
        List<String> seen = new ArrayList<>();
        tasks.execute(BackgroundTask.of("Working", context -> {
            status.showMessage("something else");
            seen.add(status.messageProperty().get());
            return null;
        }).onSuccess(ignored -> { }));

        assertThat(seen).containsExactly("Working");
    }
}
