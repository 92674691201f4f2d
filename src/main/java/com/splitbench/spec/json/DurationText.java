package com.splitbench.spec.json;

import com.splitbench.spec.InvalidSpecException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations written as ISO-8601 ({@code P7D}, {@code PT12H}) or short forms ({@code 7d}, {@code 12h}). */
public final class DurationText {

    private static final Pattern SHORT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d|w)");

    private DurationText() {
    }

    public static Duration parse(String text, String field) {
        String trimmed = text.trim();
        Matcher matcher = SHORT.matcher(trimmed.toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            double amount = Double.parseDouble(matcher.group(1));
            long unitMillis = switch (matcher.group(2)) {
                case "ms" -> 1L;
                case "s" -> 1_000L;
                case "m" -> 60_000L;
                case "h" -> 3_600_000L;
                case "d" -> 86_400_000L;
                default -> 7 * 86_400_000L;
            };
            return Duration.ofMillis(Math.round(amount * unitMillis));
        }
        try {
            return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new InvalidSpecException("The " + field + " '" + text + "' is not a duration: write it as 7d, 12h, "
                    + "30m or ISO-8601 such as P7D.", e);
        }
    }

    public static String format(Duration duration) {
        return duration.toString();
    }
}
