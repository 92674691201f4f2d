package com.splitbench.stats.bayes;

import com.splitbench.stats.InputChecks;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.distribution.StandardNormal;

/**
 * The Bayesian view of a mean or ratio metric: the delta-method estimate of the relative lift is treated as a
 * normal likelihood N(lift, se^2) and combined with a flat prior or a proper N(0, sigma^2) prior by the conjugate
 * normal update (Gelman et al., Bayesian Data Analysis, 3rd ed., section 2.5; as in Eppo's and GrowthBook's
 * Bayesian engines):
 * posterior precision = 1/sigma^2 + 1/se^2, posterior mean = (lift / se^2) / precision.
 *
 * <p>Expected losses are E[max(-L, 0)] = s G(m/s) and E[max(L, 0)] = s G(-m/s) with G the normal partial
 * expectation, evaluated without cancellation in the tails.
 */
public final class GaussianLiftModel {

    private GaussianLiftModel() {
    }

    /**
     * Analyses a relative-lift estimate.
     *
     * @param liftEstimate the relative lift
     * @param standardError its standard error, &gt; 0 for a computable result
     * @throws com.splitbench.stats.InvalidParameterException if the level is outside (0, 1)
     */
    public static Outcome<BayesianInference> analyse(double liftEstimate, double standardError, GaussianPrior prior,
                                                     double credibleLevel) {
        InputChecks.confidenceLevel(credibleLevel);
        if (!(standardError > 0) || !Double.isFinite(liftEstimate)) {
            return Outcome.notComputable("The lift has no sampling variance, so its posterior is not defined.");
        }
        double mean;
        double sd;
        String priorText;
        if (prior instanceof GaussianPrior.Proper proper) {
            double priorVariance = proper.standardDeviation() * proper.standardDeviation();
            double dataVariance = standardError * standardError;
            mean = liftEstimate * priorVariance / (priorVariance + dataVariance);
            sd = standardError * proper.standardDeviation() / Math.sqrt(priorVariance + dataVariance);
            priorText = "proper prior N(0, " + proper.standardDeviation() + "^2) on the relative lift";
        } else {
            mean = liftEstimate;
            sd = standardError;
            priorText = "flat prior";
        }
        double z = mean / sd;
        double halfWidth = StandardNormal.upperQuantile((1 - credibleLevel) / 2) * sd;
        return Outcome.computed(new GaussianLiftInference(mean, sd, prior, StandardNormal.survival(-z),
                StandardNormal.survival(z), sd * StandardNormal.partialExpectation(z),
                sd * StandardNormal.partialExpectation(-z),
                new CredibleInterval(mean - halfWidth, mean + halfWidth, credibleLevel),
                "Gaussian model on the relative lift (delta-method likelihood), " + priorText
                        + "; losses in relative-lift units"));
    }
}
