package com.splitbench.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void followsEachPlatformsPlaceForUserData() {
        assertThat(DataDirectory.resolve(null, "Linux", Map.of(), "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.local/share/splitbench"));
        assertThat(DataDirectory.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/ana"))
                .isEqualTo(Path.of("/data/splitbench"));
        assertThat(DataDirectory.resolve(null, "Mac OS X", Map.of(), "/Users/ana"))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/Splitbench"));
        assertThat(DataDirectory.resolve(null, "Windows 11", Map.of("LOCALAPPDATA", "C:/Users/ana/AppData/Local"),
                "C:/Users/ana")).isEqualTo(Path.of("C:/Users/ana/AppData/Local/Splitbench"));
    }

    @Test
    void theSystemPropertyWins() {
        assertThat(DataDirectory.resolve("/tmp/portable", "Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/ana"))
                .isEqualTo(Path.of("/tmp/portable"));
    }
}
