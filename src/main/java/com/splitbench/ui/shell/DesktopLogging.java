package com.splitbench.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends the window's log (java.util.logging, behind {@code System.Logger}) to a rotating file in the configuration
 * folder, so that an error dialog can point the user at the details.
 */
final class DesktopLogging {

    private static final int LIMIT_BYTES = 2_000_000;
    private static final int FILES = 3;

    private DesktopLogging() {
    }

    /** @return the current log file, or null when it cannot be created (the console log still works) */
    static Path install(Path configDirectory) {
        Path directory = configDirectory.resolve("logs");
        try {
            Files.createDirectories(directory);
            FileHandler handler = new FileHandler(directory.resolve("splitbench-%g.log").toString(), LIMIT_BYTES,
                    FILES, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(handler);
            return directory.resolve("splitbench-0.log");
        } catch (IOException | SecurityException e) {
            Logger.getLogger(DesktopLogging.class.getName()).warning("No log file in " + directory + ": " + e);
            return null;
        }
    }
}
