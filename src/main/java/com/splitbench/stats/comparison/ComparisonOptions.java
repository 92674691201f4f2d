package com.splitbench.stats.comparison;

import com.splitbench.stats.InputChecks;
import com.splitbench.stats.Sidedness;
import com.splitbench.stats.bayes.GaussianPrior;
import com.splitbench.stats.inference.CupedTheta;
import com.splitbench.stats.sequential.AsymptoticConfidenceSequence;
import java.util.Objects;
import java.util.Optional;

/**
 * How to compare: the confidence level, the sidedness, and which optional views to compute.
 *
 * @param confidenceLevel in (0, 1); also the credible level of the Bayesian view
 * @param sidedness the alternative hypothesis of the fixed-horizon test
 * @param sequential whether to add the always-valid view, and its tuning parameter N*
 * @param bayesian whether to add the Bayesian view, and the prior of the Gaussian model
 * @param pooledTheta CUPED's theta estimated over all arms of the experiment; when empty and the inputs carry
 *     covariates, theta is estimated from the two arms compared
 */
public record ComparisonOptions(double confidenceLevel, Sidedness sidedness, SequentialSettings sequential,
                                BayesianSettings bayesian, Optional<CupedTheta> pooledTheta) {

    /**
     * @throws com.splitbench.stats.InvalidParameterException if the confidence level is outside (0, 1)
     */
    public ComparisonOptions {
        InputChecks.confidenceLevel(confidenceLevel);
        Objects.requireNonNull(sidedness, "sidedness");
        Objects.requireNonNull(sequential, "sequential");
        Objects.requireNonNull(bayesian, "bayesian");
        Objects.requireNonNull(pooledTheta, "pooledTheta");
    }

    /**
     * The always-valid view.
     *
     * @param enabled whether to compute it
     * @param tuningParameter N*, the total units at which the confidence sequence is tightest (default 5000)
     */
    public record SequentialSettings(boolean enabled, double tuningParameter) {
        /**
         * @throws com.splitbench.stats.InvalidParameterException if N* is not positive
         */
        public SequentialSettings {
            InputChecks.positive(tuningParameter, "sequential tuning parameter N*");
        }
    }

    /**
     * The Bayesian view.
     *
     * @param enabled whether to compute it
     * @param liftPrior the prior on the relative lift for mean and ratio metrics (binary metrics use Beta(1, 1))
     */
    public record BayesianSettings(boolean enabled, GaussianPrior liftPrior) {
        public BayesianSettings {
            Objects.requireNonNull(liftPrior, "liftPrior");
        }
    }

    /** 95% two-sided, fixed horizon only, no CUPED theta given. */
    public static ComparisonOptions defaults() {
        return new ComparisonOptions(0.95, Sidedness.TWO_SIDED,
                new SequentialSettings(false, AsymptoticConfidenceSequence.DEFAULT_TUNING_PARAMETER),
                new BayesianSettings(false, GaussianPrior.flat()), Optional.empty());
    }

    public ComparisonOptions withConfidenceLevel(double level) {
        return new ComparisonOptions(level, sidedness, sequential, bayesian, pooledTheta);
    }

    public ComparisonOptions withSidedness(Sidedness value) {
        return new ComparisonOptions(confidenceLevel, value, sequential, bayesian, pooledTheta);
    }

    /** Adds the always-valid view with tuning parameter N*. */
    public ComparisonOptions withSequential(double tuningParameter) {
        return new ComparisonOptions(confidenceLevel, sidedness, new SequentialSettings(true, tuningParameter),
                bayesian, pooledTheta);
    }

    /** Adds the Bayesian view with the given prior for the Gaussian lift model. */
    public ComparisonOptions withBayesian(GaussianPrior liftPrior) {
        return new ComparisonOptions(confidenceLevel, sidedness, sequential, new BayesianSettings(true, liftPrior),
                pooledTheta);
    }

    /** Uses a theta estimated over all arms (see {@link CupedTheta#pooled}). */
    public ComparisonOptions withPooledTheta(CupedTheta theta) {
        return new ComparisonOptions(confidenceLevel, sidedness, sequential, bayesian, Optional.of(theta));
    }
}
