package com.splitbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The version and build time Maven filters into the jar (the tests run on the filtered resources too). */
class AppVersionTest {

    @Test
    void carriesTheProjectVersionAndTheTimeOfThisBuild() {
        assertThat(AppVersion.get()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        // Statistics kept in a workspace and the prebuilt sample workspace are tied to it: it must be a real time.
        Instant built = Instant.parse(AppVersion.build());
        assertThat(built).isBefore(Instant.now().plusSeconds(1)).isAfter(Instant.parse("2026-01-01T00:00:00Z"));
    }
}
