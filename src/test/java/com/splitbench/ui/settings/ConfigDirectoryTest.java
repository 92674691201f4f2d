package com.splitbench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDirectoryTest {

    @Test
    void usesTheOverrideWhenGiven() {
        assertThat(ConfigDirectory.resolve("/tmp/portable", "Linux", Map.of(), "/home/ana"))
                .isEqualTo(Path.of("/tmp/portable"));
    }

    @Test
    void followsXdgConfigHomeOnLinux() {
        assertThat(ConfigDirectory.resolve(null, "Linux", Map.of("XDG_CONFIG_HOME", "/home/ana/cfg"), "/home/ana"))
                .isEqualTo(Path.of("/home/ana/cfg/splitbench"));
    }

    @Test
    void ignoresARelativeXdgConfigHomeAsTheSpecificationSays() {
        assertThat(ConfigDirectory.resolve(null, "Linux", Map.of("XDG_CONFIG_HOME", "cfg"), "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.config/splitbench"));
    }

    @Test
    void usesApplicationSupportOnMacOs() {
        assertThat(ConfigDirectory.resolve("", "Mac OS X", Map.of(), "/Users/ana"))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/Splitbench"));
    }

    @Test
    void usesAppDataOnWindows() {
        assertThat(ConfigDirectory.resolve(null, "Windows 11", Map.of("APPDATA", "/c/Users/ana/AppData/Roaming"),
                "/c/Users/ana")).isEqualTo(Path.of("/c/Users/ana/AppData/Roaming/Splitbench"));
    }
}
