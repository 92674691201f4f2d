package com.splitbench.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's version, read from the resource Maven filters at build time. */
public final class AppVersion {

    private static final String VERSION = load();

    private AppVersion() {
    }

    /** @return the version string, e.g. {@code 0.1.0} */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "dev");
            // Unfiltered resource (running from an IDE without Maven resource processing).
            return version.startsWith("${") ? "dev" : version;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the application version", e);
        }
    }
}
