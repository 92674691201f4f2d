package com.splitbench.report.verify;

import java.util.Objects;

/**
 * One thing that differs between a report and the data at hand.
 *
 * @param section which part of the report it is in
 * @param metric the metric, or empty when the number is not a metric's
 * @param variant the variant, or empty
 * @param where the file, segment, day or part, e.g. {@code overall}, {@code segment device=ios}, {@code day 2026-03-02}
 * @param field the number or property, e.g. {@code sumY}, {@code sha256}, {@code p_value}
 * @param reportValue the value in the report ("absent" when the report has no such thing)
 * @param currentValue the value recomputed from the data at hand ("absent" likewise)
 */
public record Difference(Section section, String metric, String variant, String where, String field,
        String reportValue, String currentValue) {

    /** The parts of a report that verify compares. */
    public enum Section {
        /** Imported files (SHA-256, row counts) or warehouse query, and exclusion counts. */
        FINGERPRINT,
        /** Users, exposures and the sufficient statistics of every metric overall, per segment and per day. */
        STATISTICS,
        /** The results table as saved against the table recomputed from the data. */
        RESULTS
    }

    public static final String ABSENT = "absent";

    public Difference {
        Objects.requireNonNull(section, "section");
        metric = metric == null ? "" : metric;
        variant = variant == null ? "" : variant;
        where = where == null ? "" : where;
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reportValue, "reportValue");
        Objects.requireNonNull(currentValue, "currentValue");
    }
}
