package com.splitbench.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

    /**
     * What tells this build from any other, "0.1.0 built 2026-11-29T18:33:23.500Z": work a build keeps for later
     * (statistics in a workspace, the prebuilt sample workspace) is only used by the same build. Empty when the
     * resources were not filtered, where two builds cannot be told apart.
     */
    public static Optional<String> buildIdentity() {
        return BUILD.equals("dev") ? Optional.empty() : Optional.of(VERSION + " built " + BUILD);
    }

    /** The jar the app runs from; empty when it runs from class folders (an IDE, the tests). */
    public static Optional<Path> jar() {
        try {
            Path location = Path.of(AppVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
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
