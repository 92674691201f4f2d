package com.splitbench.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's version, read from the resource Maven filters at build time. */
public final class AppVersion {

    private static final Properties PROPERTIES = load();
    private static final String VERSION = filtered("version");
    private static final String BUILD = filtered("build");

    private AppVersion() {
    }

    /** @return the version string, e.g. {@code 0.1.0} */
    public static String get() {
        return VERSION;
    }

    /**
     * @return when this build was made (UTC, to the millisecond), which tells two builds of one version apart, or
     *         {@code dev} when the resources were not filtered
     */
    public static String build() {
        return BUILD;
    }

    private static String filtered(String name) {
        String value = PROPERTIES.getProperty(name, "dev");
        // Unfiltered resource (running from an IDE without Maven resource processing).
        return value.startsWith("${") ? "dev" : value;
    }

    private static Properties load() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the application version", e);
        }
    }
}
