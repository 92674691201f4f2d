package com.splitbench.stats.inference;

import com.splitbench.stats.InputChecks;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.Sidedness;
import com.splitbench.stats.summary.SampleSummary;

/**
 * The two-proportion z-test for binary metrics.
 *
 * <p>Conventions: the statistic uses the pooled standard error sqrt(p(1-p)(1/nC + 1/nT)) with p the pooled rate,
 * so z^2 equals Pearson's 2x2 chi-square without Yates' correction (SciPy {@code chi2_contingency(correction=False)},
 * R {@code prop.test(correct = FALSE)}). The interval for the difference uses the unpooled Wald standard error
 * sqrt(pC(1-pC)/nC + pT(1-pT)/nT), as R's {@code prop.test} does.
 */
public final class TwoProportionZTest {

    public static final String METHOD = "Two-proportion z-test (pooled standard error; equals Pearson chi-square without "
            + "Yates' correction); Wald interval with unpooled standard error";

    private TwoProportionZTest() {
    }

    /** The arm's rate with per-unit variance p(1 - p), or why it is not defined. */
    public static Outcome<ArmEstimate> arm(SampleSummary arm) {
        if (arm.n() < 2) {
            return Outcome.notComputable("an arm needs at least 2 units; it has " + arm.n() + ".");
        }
        double rate = arm.mean();
        double variance = rate * (1 - rate);
        return Outcome.computed(new ArmEstimate(arm.n(), rate, variance, Math.sqrt(variance / arm.n())));
    }

    /**
     * Tests treatment against control. The summaries must be binary (the caller checks this).
     *
     * @throws com.splitbench.stats.InvalidParameterException if the confidence level is outside (0, 1)
     */
    public static Outcome<AbsoluteDifference> compare(SampleSummary control, SampleSummary treatment,
                                                      double confidenceLevel, Sidedness sidedness) {
        InputChecks.confidenceLevel(confidenceLevel);
        Outcome<ArmEstimate> controlArm = arm(control);
        Outcome<ArmEstimate> treatmentArm = arm(treatment);
        if (!controlArm.isComputed() || !treatmentArm.isComputed()) {
            return Outcome.notComputable("Needs at least 2 units in each arm (control " + control.n()
                    + ", treatment " + treatment.n() + ").");
        }
        long totalUnits = control.n() + treatment.n();
        double pooledRate = (control.sum() + treatment.sum()) / totalUnits;
        if (pooledRate == 0 || pooledRate == 1) {
            return Outcome.notComputable("Both arms are at " + (pooledRate == 0 ? "0%" : "100%")
                    + " conversion; there is no variation to test.");
        }
        double difference = treatment.mean() - control.mean();
        double pooledSe = Math.sqrt(pooledRate * (1 - pooledRate) * (1.0 / control.n() + 1.0 / treatment.n()));
        double z = difference / pooledSe;
        ReferenceDistribution normal = new ReferenceDistribution.Normal();
        double unpooledSe = Math.hypot(controlArm.orElseThrow().standardError(),
                treatmentArm.orElseThrow().standardError());
        Outcome<Interval> interval = unpooledSe > 0
                ? Outcome.computed(Interval.of(difference, unpooledSe, confidenceLevel, sidedness,
                        new IntervalShape.FixedHorizon(normal)))
                : Outcome.notComputable("Each arm is at 0% or 100% conversion, so the Wald interval has zero "
                        + "width; no interval is shown.");
        return Outcome.computed(new AbsoluteDifference(difference, unpooledSe, pooledSe, z, normal,
                normal.pValue(z, sidedness), sidedness, interval, METHOD));
    }
}
