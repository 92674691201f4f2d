package com.splitbench.ui.shell;

import java.nio.file.Path;

/**
 * Facts about this installation for the About box.
 *
 * @param version         the app version, from {@code AppVersion}
 * @param configDirectory where settings are kept
 * @param logFile         where the log is written; may be null when logging to the console only
 */
public record ShellInfo(String version, Path configDirectory, Path logFile) {

    String aboutText() {
        return "A desktop workbench for analysing A/B tests.\n\n"
                + "Java " + System.getProperty("java.version") + " · JavaFX " + System.getProperty("javafx.version",
                "unknown") + "\nSettings: " + configDirectory
                + (logFile == null ? "" : "\nLog: " + logFile);
    }
}
