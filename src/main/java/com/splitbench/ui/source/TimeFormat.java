package com.splitbench.ui.source;

/** How a time column is stored, with the value its {@code time-format} role takes. */
public enum TimeFormat {
    TIMESTAMP("timestamp", "Timestamp (UTC)"),
    EPOCH_MS("epoch_ms", "Milliseconds since 1970"),
    EPOCH_S("epoch_s", "Seconds since 1970");

    private final String option;
    private final String label;

    TimeFormat(String option, String label) {
        this.option = option;
        this.label = label;
    }

    public String option() {
        return option;
    }

    public String label() {
        return label;
    }

    /** The format named by a {@code time-format} value (the spellings the command line takes); timestamp otherwise. */
    static TimeFormat of(String option) {
        String name = option == null ? "" : option.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
        return switch (name) {
            case "epoch_ms", "millis" -> EPOCH_MS;
            case "epoch_s", "seconds" -> EPOCH_S;
            default -> TIMESTAMP;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
