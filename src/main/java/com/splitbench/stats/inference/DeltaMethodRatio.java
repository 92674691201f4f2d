package com.splitbench.stats.inference;

import com.splitbench.stats.InputChecks;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.Sidedness;
import com.splitbench.stats.summary.RatioSummary;

/**
 * Ratio metrics (sum of numerator / sum of denominator per arm) by the delta method, with the covariance term.
 *
 * <p>Per arm, R = sum y / sum x and Var(R) = (s_y^2 - 2 R s_xy + R^2 s_x^2) / (n mean_x^2), with sample moments
 * over units (n - 1). Units, not events, are independent, so the denominator's randomness and its correlation
 * with the numerator count (Deng, Knoblich and Lu 2018, "Applying the delta method in metric analytics", KDD; the
 * same formula as Eppo's ratio metrics). The numerator of the variance is the sum of squared deviations of
 * y - R x, formed from centred moments. The difference of two arms is referred to the normal distribution: the
 * delta method is an asymptotic argument and has no degrees of freedom.
 */
public final class DeltaMethodRatio {

    public static final String METHOD = "Delta method for a ratio of sums (with the numerator-denominator covariance); "
            + "z-test and normal interval";

    private DeltaMethodRatio() {
    }

    /** The arm's ratio with its delta-method standard error, or why it is not defined. */
    public static Outcome<ArmEstimate> arm(RatioSummary arm) {
        if (arm.n() < 2) {
            return Outcome.notComputable("an arm needs at least 2 units; it has " + arm.n() + ".");
        }
        if (arm.sumDenominator() == 0) {
            return Outcome.notComputable("the denominator sums to 0 in an arm, so its ratio is not defined.");
        }
        double ratio = arm.sumNumerator() / arm.sumDenominator();
        double linearised = arm.numeratorSquaredDeviations() - 2 * ratio * arm.crossDeviations()
                + ratio * ratio * arm.denominatorSquaredDeviations();
        double meanDenominator = arm.sumDenominator() / arm.n();
        double perUnitVariance = Math.max(0, linearised) / (arm.n() - 1) / (meanDenominator * meanDenominator);
        return Outcome.computed(new ArmEstimate(arm.n(), ratio, perUnitVariance,
                Math.sqrt(perUnitVariance / arm.n())));
    }

    /**
     * Tests treatment against control.
     *
     * @throws com.splitbench.stats.InvalidParameterException if the confidence level is outside (0, 1)
     */
    public static Outcome<AbsoluteDifference> compare(ArmEstimate control, ArmEstimate treatment,
                                                      double confidenceLevel, Sidedness sidedness) {
        InputChecks.confidenceLevel(confidenceLevel);
        double se = Math.hypot(control.standardError(), treatment.standardError());
        if (!(se > 0)) {
            return Outcome.notComputable("Both ratios have zero variance; a test is not defined.");
        }
        double difference = treatment.mean() - control.mean();
        double z = difference / se;
        ReferenceDistribution normal = new ReferenceDistribution.Normal();
        Interval interval = Interval.of(difference, se, confidenceLevel, sidedness,
                new IntervalShape.FixedHorizon(normal));
        return Outcome.computed(new AbsoluteDifference(difference, se, se, z, normal, normal.pValue(z, sidedness),
                sidedness, Outcome.computed(interval), METHOD));
    }
}
