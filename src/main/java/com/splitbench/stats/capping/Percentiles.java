package com.splitbench.stats.capping;

import com.splitbench.stats.InputChecks;
import com.splitbench.stats.InvalidParameterException;

/**
 * Percentiles by the linear definition, Hyndman and Fan's type 7: R's {@code quantile(type = 7)} (the default),
 * NumPy's {@code percentile(method="linear")} (the default) and SQL's {@code PERCENTILE_CONT}. With n sorted values
 * x_0..x_(n-1), h = (n - 1) p and the result x_floor(h) + (h - floor(h)) (x_(floor(h)+1) - x_floor(h)).
 * commons-math3's {@code Percentile} defaults to a different definition (R-6-like, position (n + 1) p), so it is not
 * used.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * Returns the R-7 percentile of values at probability p. Runs in linear expected time (selection, no full sort)
     * on a copy; the input is not modified.
     *
     * @param p probability in [0, 1], e.g. 0.99
     * @throws InvalidParameterException if values is empty or p is outside [0, 1]
     * @throws com.splitbench.stats.NonFiniteInputException if a value is NaN or infinite
     */
    public static double r7(double[] values, double p) {
        if (values == null || values.length == 0) {
            throw new InvalidParameterException("a percentile needs at least one value.");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new InvalidParameterException("percentile probability is " + p + "; it must lie in [0, 1].");
        }
        double[] copy = values.clone();
        for (double value : copy) {
            InputChecks.finite(value, "value");
        }
        double h = (copy.length - 1) * p;
        int low = (int) Math.floor(h);
        double fraction = h - low;
        double lower = select(copy, low);
        if (fraction == 0 || low + 1 >= copy.length) {
            return lower;
        }
        // After selection everything right of index low is >= lower; the next order statistic is their minimum.
        double upper = Double.POSITIVE_INFINITY;
        for (int i = low + 1; i < copy.length; i++) {
            upper = Math.min(upper, copy[i]);
        }
        return interpolate(lower, upper, fraction);
    }

    /** NumPy's lerp (numpy/lib/_function_base_impl.py, _lerp): exact at both ends and monotone. */
    static double interpolate(double a, double b, double t) {
        double difference = b - a;
        double value = t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
        return a == b ? a : value;
    }

    /** Quickselect (Hoare partition, median-of-three pivot): puts the k-th smallest at index k and returns it. */
    static double select(double[] a, int k) {
        int left = 0;
        int right = a.length - 1;
        while (left < right) {
            int middle = (left + right) >>> 1;
            double pivot = medianOfThree(a[left], a[middle], a[right]);
            int i = left;
            int j = right;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
