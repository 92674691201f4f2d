package com.splitbench.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends the window's log (java.util.logging, behind {@code System.Logger}) to a rotating file in the configuration
 * folder, so that an error dialog can point the user at the details. Closing it detaches and closes the file.
 */
final class DesktopLogging implements AutoCloseable {

    private static final int LIMIT_BYTES = 2_000_000;
    private static final int FILES = 3;

    private final FileHandler handler;
    private final Path file;

    private DesktopLogging(FileHandler handler, Path file) {
        this.handler = handler;
        this.file = file;
    }

    /** Starts logging to {@code <configDirectory>/logs/splitbench-0.log}; without a file if it cannot be created. */
    static DesktopLogging install(Path configDirectory) {
        Path directory = configDirectory.resolve("logs");
        try {
            Files.createDirectories(directory);
            FileHandler handler = new FileHandler(directory.resolve("splitbench-%g.log").toString(), LIMIT_BYTES,
                    FILES, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(handler);
            return new DesktopLogging(handler, directory.resolve("splitbench-0.log"));
        } catch (IOException | SecurityException e) {
            Logger.getLogger(DesktopLogging.class.getName()).warning("No log file in " + directory + ": " + e);
            return new DesktopLogging(null, null);
        }
    }

    /** The current log file, or null when logging goes to the console only. */
    Path file() {
        return file;
    }

    @Override
    public void close() {
        if (handler != null) {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
        }
    }
}
