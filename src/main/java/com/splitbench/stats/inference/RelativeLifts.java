package com.splitbench.stats.inference;

import com.splitbench.stats.Outcome;
import com.splitbench.stats.Sidedness;

/**
 * The relative lift (mT - mC) / |mC| and its delta-method standard error. Dividing the absolute interval by the
 * control mean would ignore the control mean's own noise; the delta method includes it:
 * Var = se_T^2 / mC^2 + mT^2 se_C^2 / mC^4 for independent arms (with se^2 = v / n per arm).
 */
public final class RelativeLifts {

    private RelativeLifts() {
    }

    /** The relative lift of two independent arms, with the interval referred to {@code reference}. */
    public static Outcome<RelativeLift> independentArms(ArmEstimate control, ArmEstimate treatment,
                                                        ReferenceDistribution reference, double confidenceLevel,
                                                        Sidedness sidedness, String method) {
        if (control.mean() == 0) {
            return Outcome.notComputable("The control mean is 0, so a relative lift is not defined.");
        }
        double baseline = Math.abs(control.mean());
        double estimate = (treatment.mean() - control.mean()) / baseline;
        double se = Math.hypot(treatment.standardError(), treatment.mean() / control.mean() * control.standardError())
                / baseline;
        return build(estimate, se, baseline, reference, confidenceLevel, sidedness, method);
    }

    /**
     * The relative lift D / |u| of a difference D against a baseline u that is correlated with it (CUPED: the
     * adjusted difference against the unadjusted control mean). Delta method:
     * Var = Var(D) / u^2 + D^2 Var(u) / u^4 - 2 D Cov(D, u) / u^3.
     */
    public static Outcome<RelativeLift> correlatedBaseline(double difference, double differenceVariance,
                                                           double baseline, double baselineVariance,
                                                           double covariance, ReferenceDistribution reference,
                                                           double confidenceLevel, Sidedness sidedness,
                                                           String method) {
        if (baseline == 0) {
            return Outcome.notComputable("The control mean is 0, so a relative lift is not defined.");
        }
        double u2 = baseline * baseline;
        double variance = differenceVariance / u2 + difference * difference * baselineVariance / (u2 * u2)
                - 2 * difference * covariance / (u2 * baseline);
        return build(difference / Math.abs(baseline), Math.sqrt(Math.max(0, variance)), Math.abs(baseline),
                reference, confidenceLevel, sidedness, method);
    }

    private static Outcome<RelativeLift> build(double estimate, double se, double baseline,
                                               ReferenceDistribution reference, double confidenceLevel,
                                               Sidedness sidedness, String method) {
        if (!(se > 0) || !Double.isFinite(se) || !Double.isFinite(estimate)) {
            return Outcome.notComputable("The relative lift has no sampling variance, so no interval is defined.");
        }
        Interval interval = Interval.of(estimate, se, confidenceLevel, sidedness,
                new IntervalShape.FixedHorizon(reference));
        return Outcome.computed(new RelativeLift(estimate, se, baseline, interval,
                "Relative lift (treatment - control) / |control|, delta-method standard error; " + method));
    }
}
