package com.splitbench.app;

import com.splitbench.cli.CommandLineApp;

/**
 * The jar's entry point. It is deliberately not a JavaFX {@code Application}: a shaded jar whose main class
 * extends {@code Application} fails to start because JavaFX is loaded from the class path, not as modules.
 *
 * <p>With no arguments, or with a single report or workspace path (what a desktop double-click passes), it opens
 * the window. Anything else is the command line, which never needs a display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (DesktopLaunch.wantsWindow(args)) {
            DesktopLaunch.open(args);
            return;
        }
        System.exit(CommandLineApp.run(args));
    }
}
