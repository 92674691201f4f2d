package com.splitbench.warehouse;

import com.splitbench.analysis.sql.TimeColumn;
import com.splitbench.common.UserFacingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code role=column,...} option value such as {@code unit=user_id,variant=arm,time=ts,time-format=epoch_ms},
 * read over defaults. An empty column ({@code experiment=}) means the role has no column.
 */
final class ColumnRoles {

    private final String option;
    private final Map<String, String> roles;

    private ColumnRoles(String option, Map<String, String> roles) {
        this.option = option;
        this.roles = roles;
    }

    /** Parses {@code value} (may be null) over {@code defaults}; only the defaults' roles are allowed. */
    static ColumnRoles parse(String option, String value, Map<String, String> defaults) {
        Map<String, String> roles = new LinkedHashMap<>(defaults);
        if (value != null && !value.isBlank()) {
            for (String pair : value.split(",")) {
                int equals = pair.indexOf('=');
                String role = (equals < 0 ? pair : pair.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
                if (equals < 0 || !defaults.containsKey(role)) {
                    throw new UserFacingException(option + ": '" + pair.strip() + "' is not role=column. The roles are "
                            + String.join(", ", defaults.keySet()) + ", e.g. " + option + " unit=user_id,time=ts.");
                }
                roles.put(role, pair.substring(equals + 1).strip());
            }
        }
        return new ColumnRoles(option, roles);
    }

    /** Every role with its column, in the defaults' order. */
    Map<String, String> asMap() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    }

    String required(String role) {
        return optional(role).orElseThrow(() -> new UserFacingException(option + ": the " + role
                + " column cannot be empty."));
    }

    Optional<String> optional(String role) {
        String column = roles.get(role);
        return column == null || column.isEmpty() ? Optional.empty() : Optional.of(column);
    }

    /** The {@code time} column with its {@code time-format}: timestamp, epoch_ms or epoch_s. */
    Optional<TimeColumn> time() {
        return optional("time").map(column -> new TimeColumn(column, encoding()));
    }

    private TimeColumn.Encoding encoding() {
        String format = roles.getOrDefault("time-format", "timestamp").toLowerCase(Locale.ROOT);
        return switch (format) {
            case "timestamp" -> TimeColumn.Encoding.TIMESTAMP;
            case "epoch_ms", "epoch-ms", "millis" -> TimeColumn.Encoding.EPOCH_MILLIS;
            case "epoch_s", "epoch-s", "seconds" -> TimeColumn.Encoding.EPOCH_SECONDS;
            default -> throw new UserFacingException(option + ": time-format must be timestamp, epoch_ms or epoch_s, "
                    + "not '" + format + "'.");
        };
    }

    /** A comma-separated list option as names (empty for null or blank). */
    static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
