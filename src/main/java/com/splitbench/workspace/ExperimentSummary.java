package com.splitbench.workspace;

import java.util.List;

/**
 * An experiment as found in the imported data: its key and symbol id, its variants with their assignment row
 * counts, and first and last assignment time ({@code Long.MIN_VALUE} when the rows had no times).
 * {@code fromUserTable} is true when the rows came from per-user tables.
 */
public record ExperimentSummary(String key, int symbol, List<VariantSummary> variants, long rows, long firstTime,
        long lastTime, boolean fromUserTable) {

    /** A variant of an experiment and its assignment rows (duplicates skipped, units counted once per row). */
    public record VariantSummary(String name, int symbol, long rows, long firstTime, long lastTime) {
    }
}
