package com.splitbench.ui.table;

import java.util.List;

/**
 * A difference with its confidence interval, as one table cell: what the CI bar draws and what copies as three
 * columns.
 *
 * @param estimate    the point estimate (absolute difference or relative lift)
 * @param low         the interval's lower bound; may be infinite (a one-sided interval) or NaN (not computable)
 * @param high        the interval's upper bound
 * @param significant whether the test rejected "no difference"
 * @param desired     which way the metric should move
 */
public record IntervalEstimate(double estimate, double low, double high, boolean significant,
                               DesiredDirection desired) implements TsvExpandable {

    public IntervalEstimate {
        if (Double.isFinite(low) && Double.isFinite(high) && low > high) {
            throw new IllegalArgumentException("interval low " + low + " is above high " + high);
        }
        if (desired == null) {
            throw new IllegalArgumentException("desired direction is required");
        }
    }

    public Verdict verdict() {
        return Verdict.of(estimate, significant, desired);
    }

    @Override
    public List<String> tsvHeaders(String columnName) {
        return List.of(columnName, columnName + " CI low", columnName + " CI high");
    }

    @Override
    public List<Object> tsvValues() {
        return List.of(estimate, low, high);
    }
}
