package com.splitbench.sample;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Classifies and parses the timestamp spellings of the exports with java.time, as a reader would. */
final class TimestampText {

    private static final DateTimeFormatter LOCAL_MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private TimestampText() {
    }

    static String formatLabel(String text) {
        if (text.matches("\\d{13}")) {
            return "epoch_millis";
        }
        if (text.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z")) {
            return "iso_utc";
        }
        if (text.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d\\d:\\d\\d")) {
            return "iso_offset";
        }
        if (text.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}")) {
            return "local_micros";
        }
        throw new IllegalArgumentException("unknown timestamp format: " + text);
    }

    /** Epoch milliseconds; text without a zone is UTC. */
    static long epochMillis(String text) {
        return switch (formatLabel(text)) {
            case "epoch_millis" -> Long.parseLong(text);
            case "iso_utc" -> Instant.parse(text).toEpochMilli();
            case "iso_offset" -> OffsetDateTime.parse(text).toInstant().toEpochMilli();
            default -> LocalDateTime.parse(text, LOCAL_MICROS).toInstant(ZoneOffset.UTC).toEpochMilli();
        };
    }
}
