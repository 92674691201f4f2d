package com.splitbench.stats.bayes;

/**
 * The beta-binomial model of a conversion rate in each arm, Beta(1, 1) prior.
 *
 * @param control control posterior
 * @param treatment treatment posterior
 * @param chanceToBeatControl P(pT &gt; pC), exact
 * @param chanceControlIsBetter P(pC &gt; pT), exact
 * @param expectedLossIfTreatmentShipped E[max(pC - pT, 0)], in conversion-rate units (0.001 = 0.1 points)
 * @param expectedLossIfControlKept E[max(pT - pC, 0)], in conversion-rate units
 * @param controlRate credible interval of pC
 * @param treatmentRate credible interval of pT
 * @param absoluteDifference credible interval of pT - pC
 * @param relativeLift credible interval of pT / pC - 1
 * @param method description
 */
public record BetaBinomialInference(BetaPosterior control, BetaPosterior treatment, double chanceToBeatControl,
                                    double chanceControlIsBetter, double expectedLossIfTreatmentShipped,
                                    double expectedLossIfControlKept, CredibleInterval controlRate,
                                    CredibleInterval treatmentRate, CredibleInterval absoluteDifference,
                                    CredibleInterval relativeLift, String method) implements BayesianInference {
}
