package com.splitbench.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Decides whether a launch is for the window, and starts it. */
final class DesktopLaunch {

    private DesktopLaunch() {
    }

    /** The window opens with no arguments, or with one existing path such as a double-clicked report file. */
    static boolean wantsWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length == 1 && !args[0].startsWith("-")) {
            Path path = Path.of(args[0]);
            return Files.exists(path) && !CommandNames.isCommand(args[0]);
        }
        return false;
    }

    static void open(String[] args) {
        // Loaded reflectively so that command-line runs never touch JavaFX classes (and need no display).
        try {
            Class<?> app = Class.forName("com.splitbench.ui.app.DesktopApp");
            app.getMethod("launchWindow", String[].class).invoke(null, (Object) args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The desktop window could not start", e);
        }
    }
}
