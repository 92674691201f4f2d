package com.splitbench.ui.table;

import java.util.Collection;

/**
 * The value range that every row's CI bar is drawn on, so bars can be compared down the column. It always holds
 * zero (no difference), and a little room either side.
 */
public record CiAxis(double min, double max) {

    private static final double PADDING = 0.05;

    public CiAxis {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("an axis needs finite min < max, got " + min + ", " + max);
        }
    }

    /** Covers the finite ends and estimates of all intervals and zero; (−1, 1) when there is nothing finite. */
    public static CiAxis covering(Collection<IntervalEstimate> intervals) {
        double lo = 0;
        double hi = 0;
        for (IntervalEstimate interval : intervals) {
            for (double v : new double[] {interval.low(), interval.high(), interval.estimate()}) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo == hi) {
            return new CiAxis(-1, 1);
        }
        double room = (hi - lo) * PADDING;
        return new CiAxis(lo - room, hi + room);
    }

    /** Where a value sits, from 0 (min) to 1 (max); values beyond the axis (or infinite) are clamped to its ends. */
    public double fraction(double value) {
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        return Math.max(0, Math.min(1, (value - min) / (max - min)));
    }
}
