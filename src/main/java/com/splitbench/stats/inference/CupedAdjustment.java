package com.splitbench.stats.inference;

/**
 * What CUPED did to a comparison, for the "explain this number" view.
 *
 * @param theta the coefficient used
 * @param pooledCovariateMean the pooled covariate mean the arms were centred on
 * @param controlUnadjusted control's unadjusted mean and variance
 * @param treatmentUnadjusted treatment's unadjusted mean and variance
 * @param varianceReduction 1 - Var(adjusted difference) / Var(unadjusted difference)
 */
public record CupedAdjustment(double theta, double pooledCovariateMean, ArmEstimate controlUnadjusted,
                              ArmEstimate treatmentUnadjusted, double varianceReduction) {
}
