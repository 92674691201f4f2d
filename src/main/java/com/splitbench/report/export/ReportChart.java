package com.splitbench.report.export;

import java.util.Objects;
import java.util.Optional;

/**
 * One chart of a report: what it shows, for which metric and treatment, and a file name made only of letters,
 * digits and dashes (metric names come from the file, and nothing from a file is ever used as a path).
 *
 * @param kind what the chart shows
 * @param metric the metric, for lift charts
 * @param variant the treatment compared with control, for lift charts
 * @param title the chart's title
 * @param fileName a safe file name ending in .png
 */
public record ReportChart(Kind kind, Optional<String> metric, Optional<String> variant, String title,
        String fileName) {

    /** The kinds of chart a report has. */
    public enum Kind {
        /** Relative lift with its interval for every metric × treatment. */
        FOREST_PLOT,
        /** Cumulative users per variant by day of first exposure. */
        EXPOSURES,
        /** One metric's cumulative relative lift ± interval by calendar day. */
        CUMULATIVE_LIFT_BY_DAY,
        /** One metric's cumulative relative lift ± interval by days since exposure. */
        CUMULATIVE_LIFT_SINCE_EXPOSURE
    }

    public ReportChart {
        Objects.requireNonNull(kind, "kind");
        metric = metric == null ? Optional.empty() : metric;
        variant = variant == null ? Optional.empty() : variant;
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fileName, "fileName");
    }
}
