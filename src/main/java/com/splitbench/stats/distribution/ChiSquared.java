package com.splitbench.stats.distribution;

import org.apache.commons.math3.special.Gamma;

/** The chi-square distribution's upper tail, accurate to relative precision for large statistics. */
public final class ChiSquared {

    private ChiSquared() {
    }

    /**
     * Returns P(X &gt; x) for X ~ chi-square(df), as the regularised upper incomplete gamma Q(df/2, x/2). For
     * x &gt; df/2 + 1 commons-math3 evaluates Q by its continued fraction directly, so small p-values are not
     * formed as 1 - P.
     *
     * @param x the statistic, &ge; 0
     * @param df degrees of freedom, &gt; 0
     * @throws IllegalArgumentException if x is negative or NaN, or df is not &gt; 0
     */
    public static double survival(double x, double df) {
        if (!(df > 0)) {
            throw new IllegalArgumentException("degrees of freedom must be > 0: " + df);
        }
        if (!(x >= 0)) {
            throw new IllegalArgumentException("chi-square statistic must be >= 0: " + x);
        }
        if (x == 0) {
            return 1;
        }
        return Gamma.regularizedGammaQ(0.5 * df, 0.5 * x);
    }
}
