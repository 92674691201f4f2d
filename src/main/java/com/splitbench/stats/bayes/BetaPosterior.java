package com.splitbench.stats.bayes;

import com.splitbench.stats.InputChecks;
import com.splitbench.stats.distribution.IncompleteBeta;

/**
 * A Beta(alpha, beta) posterior of a conversion rate.
 *
 * @param alpha 1 + conversions under the Beta(1, 1) prior, &gt; 0
 * @param beta 1 + non-converting units, &gt; 0
 */
public record BetaPosterior(double alpha, double beta) {

    /**
     * @throws com.splitbench.stats.InvalidParameterException if alpha or beta is not positive and finite
     */
    public BetaPosterior {
        InputChecks.positive(alpha, "Beta alpha");
        InputChecks.positive(beta, "Beta beta");
    }

    /** The posterior after {@code conversions} of {@code n} units under a Beta(1, 1) prior. */
    public static BetaPosterior withUniformPrior(long n, long conversions) {
        return new BetaPosterior(1.0 + conversions, 1.0 + (n - conversions));
    }

    public double mean() {
        return alpha / (alpha + beta);
    }

    public double variance() {
        double total = alpha + beta;
        return alpha / total * (beta / total) / (total + 1);
    }

    /** Returns the density at x in [0, 1]. */
    public double density(double x) {
        return IncompleteBeta.density(alpha, beta, x, 1 - x);
    }

    /** The posterior with one more success, Beta(alpha + 1, beta): its density is x f(x) / mean. */
    public BetaPosterior withOneMoreSuccess() {
        return new BetaPosterior(alpha + 1, beta);
    }

    /** Builds the tabulated distribution function (about 0.5 ms). */
    public BetaTable table() {
        return new BetaTable(this);
    }
}
