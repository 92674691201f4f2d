package com.splitbench.ui.common;

import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs an action once the scene has been through its next layout pulse, i.e. after what was changed before this
 * call is laid out and handed to the renderer. For work that should wait until something is on screen.
 */
public final class AfterLayout {

    private AfterLayout() {
    }

    /** Runs {@code action} on the UI thread after the scene's next layout pulse. UI thread. */
    public static void run(Scene scene, Runnable action) {
        Objects.requireNonNull(action, "action");
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // The listener list may not change while it is being walked: run after this pulse's listeners ran.
                Platform.runLater(action);
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }
}
