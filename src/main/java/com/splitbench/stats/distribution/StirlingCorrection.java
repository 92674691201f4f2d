package com.splitbench.stats.distribution;

import org.apache.commons.math3.special.Gamma;

/**
 * The remainder of Stirling's formula, {@code mu(z) = ln Gamma(z) - [(z - 1/2) ln z - z + ln(2 pi)/2]}.
 *
 * <p>Beta densities and tails with parameters near 10^8 are ratios of gamma functions whose logarithms are near
 * 10^9; subtracting those logarithms loses eight digits. Writing the ratio through Stirling's formula leaves only
 * these small remainders to subtract, which keeps full precision (DiDonato and Morris, ACM TOMS 18(3), 1992,
 * algorithm 708, function {@code bcorr}).
 */
final class StirlingCorrection {

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    /** Coefficients B(2k) / (2k (2k - 1)) of the asymptotic series in 1/z, k = 1..7. */
    private static final double[] SERIES = {
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156,
    };

    private StirlingCorrection() {
    }

    /** Returns mu(z) for z > 0. */
    static double of(double z) {
        if (z >= 10) {
            // Seven terms of the asymptotic series: the first omitted term is below 3617/122400/z^15 < 1e-16.
            double inverseSquare = 1 / (z * z);
            double sum = 0;
            for (int k = SERIES.length - 1; k >= 0; k--) {
                sum = sum * inverseSquare + SERIES[k];
            }
            return sum / z;
        }
        return Gamma.logGamma(z) - ((z - 0.5) * Math.log(z) - z + HALF_LOG_TWO_PI);
    }

    /** Returns mu(a) + mu(b) - mu(a + b), the correction term of ln B(a, b). */
    static double ofBeta(double a, double b) {
        return of(a) + of(b) - of(a + b);
    }
}
