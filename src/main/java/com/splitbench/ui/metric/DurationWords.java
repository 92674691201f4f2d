package com.splitbench.ui.metric;

import com.splitbench.spec.json.DurationText;
import java.time.Duration;
import java.util.Optional;

/** Durations as the editor writes and reads them: "14d", "12h", "30m"; ISO-8601 is read too. */
final class DurationWords {

    private DurationWords() {
    }

    static String write(Duration duration) {
        long millis = duration.toMillis();
        if (millis == 0) {
            return "0h";
        }
        if (millis % 86_400_000L == 0) {
            return millis / 86_400_000L + "d";
        }
        if (millis % 3_600_000L == 0) {
            return millis / 3_600_000L + "h";
        }
        if (millis % 60_000L == 0) {
            return millis / 60_000L + "m";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    /** The duration, or empty with the reason in {@code problem[0]}. */
    static Optional<Duration> read(String text, String field, String[] problem) {
        try {
            return Optional.of(DurationText.parse(text, field));
        } catch (RuntimeException e) {
            problem[0] = "Write a duration such as 7d, 12h or 30m.";
            return Optional.empty();
        }
    }
}
