package com.splitbench.stats.bayes;

/**
 * The Bayesian view of a comparison: the chance that the treatment beats control, the expected loss of each
 * decision, and a credible interval for the relative lift.
 */
public sealed interface BayesianInference permits BetaBinomialInference, GaussianLiftInference {

    /** P(treatment better than control | data). */
    double chanceToBeatControl();

    /** P(control better than treatment | data), computed directly (not as 1 minus a rounded number). */
    double chanceControlIsBetter();

    /** Expected loss of shipping the treatment: E[max(control - treatment, 0)], in the units stated by the model. */
    double expectedLossIfTreatmentShipped();

    /** Expected loss of keeping control: E[max(treatment - control, 0)]. */
    double expectedLossIfControlKept();

    /** Credible interval for the relative lift (treatment - control) / control. */
    CredibleInterval relativeLift();

    /** The model, prior and method, for the "explain this number" view. */
    String method();
}
