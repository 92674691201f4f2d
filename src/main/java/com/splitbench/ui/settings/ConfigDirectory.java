package com.splitbench.ui.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the window keeps its settings and log: the platform's per-user configuration folder. The system property
 * {@value #OVERRIDE_PROPERTY} overrides it, which tests and portable installs use.
 */
public final class ConfigDirectory {

    public static final String OVERRIDE_PROPERTY = "splitbench.configDir";

    private ConfigDirectory() {
    }

    public static Path forCurrentUser() {
        return resolve(System.getProperty(OVERRIDE_PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home"));
    }

    /**
     * Linux follows the XDG base directory specification ({@code $XDG_CONFIG_HOME}, else {@code ~/.config});
     * macOS uses {@code ~/Library/Application Support}; Windows uses {@code %APPDATA%}.
     */
    static Path resolve(String override, String osName, Map<String, String> env, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming"))
                    .resolve("Splitbench");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Splitbench");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("splitbench");
    }
}
