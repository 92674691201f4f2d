package com.splitbench.stats.bayes;

/**
 * The Gaussian model on the relative lift.
 *
 * @param posteriorMean posterior mean of the relative lift
 * @param posteriorStandardDeviation posterior standard deviation
 * @param prior the prior used
 * @param chanceToBeatControl P(lift &gt; 0)
 * @param chanceControlIsBetter P(lift &lt; 0)
 * @param expectedLossIfTreatmentShipped E[max(-lift, 0)], in relative-lift units
 * @param expectedLossIfControlKept E[max(lift, 0)], in relative-lift units
 * @param relativeLift credible interval of the lift
 * @param method description
 */
public record GaussianLiftInference(double posteriorMean, double posteriorStandardDeviation, GaussianPrior prior,
                                    double chanceToBeatControl, double chanceControlIsBetter,
                                    double expectedLossIfTreatmentShipped, double expectedLossIfControlKept,
                                    CredibleInterval relativeLift, String method) implements BayesianInference {
}
