package com.splitbench.stats.distribution;

import org.apache.commons.math3.special.Gamma;

/**
 * The standard normal distribution with tails accurate to relative precision far out: survival(10) is 7.6e-24,
 * not the 0 that 1 - cdf(10) gives. Two-sided p-values are 2 survival(|z|), never 2 (1 - cdf(|z|)).
 */
public final class StandardNormal {

    private static final double INV_SQRT_TWO_PI = 1 / Math.sqrt(2 * Math.PI);

    private StandardNormal() {
    }

    /** Returns P(Z &gt; z), accurate to relative precision until it underflows near z = 38.5. */
    public static double survival(double z) {
        if (Double.isNaN(z)) {
            throw new IllegalArgumentException("z is NaN");
        }
        if (z == 0) {
            return 0.5;
        }
        if (z > 0) {
            // Q(1/2, z^2/2) is the upper normal tail; commons-math3 evaluates it by a continued fraction for
            // large z, so it keeps relative precision where erfc-based 1 - cdf would cancel.
            return 0.5 * Gamma.regularizedGammaQ(0.5, 0.5 * z * z);
        }
        return 1 - survival(-z);
    }

    /** Returns P(Z &le; z). */
    public static double cdf(double z) {
        return survival(-z);
    }

    /** Returns the density phi(z). */
    public static double density(double z) {
        return INV_SQRT_TWO_PI * Math.exp(-0.5 * z * z);
    }

    /**
     * Returns z with survival(z) = q, the upper quantile, to about 1e-15 relative precision for q down to 1e-300.
     *
     * @param q upper-tail probability in (0, 1)
     * @throws IllegalArgumentException if q is outside (0, 1)
     */
    public static double upperQuantile(double q) {
        if (!(q > 0 && q < 1)) {
            throw new IllegalArgumentException("tail probability must be in (0, 1): " + q);
        }
        if (q == 0.5) {
            return 0;
        }
        if (q > 0.5) {
            return -upperQuantile(1 - q);
        }
        // Newton on ln survival(z) - ln q; survival(z) < exp(-z^2/2) / 2 bounds the root by sqrt(-2 ln q).
        double logQ = Math.log(q);
        double high = Math.sqrt(-2 * logQ);
        return MonotoneRoot.solve(
                z -> Math.log(survival(z)) - logQ,
                z -> -density(z) / survival(z),
                0, high, 0.9 * high);
    }

    /**
     * Returns E[(Z - z)+] = phi(z) - z survival(z), the normal partial expectation, without the cancellation the
     * direct formula suffers for large z. Used for the expected loss of a Gaussian posterior.
     */
    public static double partialExpectation(double z) {
        if (z < 3) {
            return density(z) - z * survival(z);
        }
        // Mills ratio continued fraction: survival(z) / phi(z) = 1 / (z + 1/(z + 2/(z + 3/(z + ...)))).
        // With K = 1 / (z + 2/(z + 3/(...))), phi - z survival = phi K / (z + K).
        double tail = 0;
        for (int k = 200; k >= 2; k--) {
            tail = k / (z + tail);
        }
        double k1 = 1 / (z + tail);
        return density(z) * k1 / (z + k1);
    }
}
