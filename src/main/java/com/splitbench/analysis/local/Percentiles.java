package com.splitbench.analysis.local;

import java.util.Arrays;

/** Sample quantiles of per-user values, R-7 definition (R's default {@code quantile(type = 7)}). */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * The R-7 quantile: with the n values sorted ascending as x[0..n-1], h = (n-1)·q, the result is
     * x[⌊h⌋] + (h - ⌊h⌋)·(x[⌊h⌋+1] - x[⌊h⌋]).
     */
    static double r7(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
