package com.splitbench.ui.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Splitbench keeps data it creates for the user, such as the sample workspace: the platform's per-user data
 * folder. The system property {@value #OVERRIDE_PROPERTY} overrides it (tests, portable installs).
 */
public final class DataDirectory {

    public static final String OVERRIDE_PROPERTY = "splitbench.dataDir";

    private DataDirectory() {
    }

    public static Path forCurrentUser() {
        return resolve(System.getProperty(OVERRIDE_PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home"));
    }

    /**
     * Linux follows the XDG base directory specification ({@code $XDG_DATA_HOME}, else {@code ~/.local/share});
     * macOS uses {@code ~/Library/Application Support}; Windows uses {@code %LOCALAPPDATA%}.
     */
    static Path resolve(String override, String osName, Map<String, String> env, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData/Local"))
                    .resolve("Splitbench");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Splitbench");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local/share");
        return base.resolve("splitbench");
    }
}
