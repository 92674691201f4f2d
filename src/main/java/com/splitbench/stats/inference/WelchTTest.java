package com.splitbench.stats.inference;

import com.splitbench.stats.InputChecks;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.Sidedness;
import com.splitbench.stats.summary.SampleSummary;

/**
 * Welch's unequal-variance t-test for mean metrics. Variances use n - 1; the Welch-Satterthwaite degrees of
 * freedom serve both the p-value and the interval (SciPy {@code ttest_ind(equal_var=False)}, R {@code t.test}).
 */
public final class WelchTTest {

    public static final String METHOD = "Welch's t-test (sample variances with n - 1, Welch-Satterthwaite degrees of "
            + "freedom for the p-value and the interval)";

    private WelchTTest() {
    }

    /** The arm's mean with its sample variance, or why it is not defined. */
    public static Outcome<ArmEstimate> arm(SampleSummary arm) {
        if (arm.n() < 2) {
            return Outcome.notComputable("an arm needs at least 2 units; it has " + arm.n() + ".");
        }
        double variance = arm.sampleVariance();
        return Outcome.computed(new ArmEstimate(arm.n(), arm.mean(), variance, Math.sqrt(variance / arm.n())));
    }

    /**
     * Tests treatment against control from two arms' means and per-unit variances.
     *
     * @throws com.splitbench.stats.InvalidParameterException if the confidence level is outside (0, 1)
     */
    public static Outcome<AbsoluteDifference> compare(ArmEstimate control, ArmEstimate treatment,
                                                      double confidenceLevel, Sidedness sidedness, String method) {
        InputChecks.confidenceLevel(confidenceLevel);
        double controlTerm = control.variance() / control.n();
        double treatmentTerm = treatment.variance() / treatment.n();
        double largest = Math.max(controlTerm, treatmentTerm);
        if (!(largest > 0)) {
            return Outcome.notComputable("Both arms have zero variance; a t-test is not defined.");
        }
        double se = Math.sqrt(controlTerm + treatmentTerm);
        double df = degreesOfFreedom(control.n(), controlTerm / largest, treatment.n(), treatmentTerm / largest);
        ReferenceDistribution t = new ReferenceDistribution.StudentT(df);
        double difference = treatment.mean() - control.mean();
        double statistic = difference / se;
        Interval interval = Interval.of(difference, se, confidenceLevel, sidedness, new IntervalShape.FixedHorizon(t));
        return Outcome.computed(new AbsoluteDifference(difference, se, se, statistic, t, t.pValue(statistic, sidedness),
                sidedness, Outcome.computed(interval), method));
    }

    /**
     * Welch-Satterthwaite: (a + b)^2 / (a^2 / (nC - 1) + b^2 / (nT - 1)) with a = vC/nC and b = vT/nT, here given
     * already divided by max(a, b) so that neither squaring overflows nor underflows.
     */
    static double degreesOfFreedom(long controlN, double controlShare, long treatmentN, double treatmentShare) {
        double sum = controlShare + treatmentShare;
        return sum * sum / (controlShare * controlShare / (controlN - 1)
                + treatmentShare * treatmentShare / (treatmentN - 1));
    }
}
