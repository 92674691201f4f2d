package com.splitbench.stats.bayes;

import com.splitbench.stats.InputChecks;

/** The prior on the relative lift in the Gaussian model: flat, or a proper N(0, sigma^2). */
public sealed interface GaussianPrior permits GaussianPrior.Flat, GaussianPrior.Proper {

    /** The flat (improper) prior: the posterior is the likelihood, N(lift estimate, se^2). */
    record Flat() implements GaussianPrior {
    }

    /**
     * A proper prior N(0, standardDeviation^2) on the relative lift; 0.3 says lifts beyond +-60% are rare.
     *
     * @param standardDeviation &gt; 0, on the relative scale
     */
    record Proper(double standardDeviation) implements GaussianPrior {
        /**
         * @throws com.splitbench.stats.InvalidParameterException if the standard deviation is not positive
         */
        public Proper {
            InputChecks.positive(standardDeviation, "prior standard deviation");
        }
    }

    static GaussianPrior flat() {
        return new Flat();
    }

    /**
     * @throws com.splitbench.stats.InvalidParameterException if the standard deviation is not positive
     */
    static GaussianPrior proper(double standardDeviation) {
        return new Proper(standardDeviation);
    }
}
