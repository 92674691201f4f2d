package com.splitbench.ui.task;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * Where view state may be changed. In the window that is the JavaFX application thread; in view-model tests it is
 * the calling thread, so that the same code runs without a toolkit.
 */
@FunctionalInterface
public interface UiThread extends Executor {

    /** Runs on the JavaFX application thread: at once when already on it, otherwise later. */
    static UiThread javafx() {
        return command -> {
            if (Platform.isFxApplicationThread()) {
                command.run();
            } else {
                Platform.runLater(command);
            }
        };
    }

    /** Runs every command at once on the calling thread. For tests without a JavaFX toolkit. */
    static UiThread callingThread() {
        return Runnable::run;
    }
}
