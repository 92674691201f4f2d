package com.splitbench.stats.inference;

import com.splitbench.stats.CountExceedsTotalException;
import com.splitbench.stats.InconsistentSumsException;
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

    public static final String METHOD = "Two-proportion z-test (pooled standard error; equals Pearson chi-square "
            + "without Yates' correction); Wald interval with unpooled standard error";

    /** Relative tolerance for the squared deviations of a binary arm against c (n - c) / n. */
    private static final double BINARY_TOLERANCE = 1e-9;

    private TwoProportionZTest() {
    }

    /**
     * Checks that an arm's sums are those of 0/1 values: a whole number of conversions c with 0 &le; c &le; n and
     * squared deviations c (n - c) / n.
     *
     * @throws CountExceedsTotalException if c &gt; n
     * @throws InconsistentSumsException if c is not a whole number or the squared deviations do not match
     */
    public static void requireBinary(SampleSummary arm, String name) {
        double conversions = arm.sum();
        if (conversions != Math.rint(conversions) || conversions < 0) {
            throw new InconsistentSumsException("the " + name + " arm of a binary metric has " + conversions
                    + " conversions; conversions must be a whole number of units.");
        }
        if (conversions > arm.n()) {
            throw new CountExceedsTotalException("the " + name + " arm has " + (long) conversions
                    + " conversions but only " + arm.n() + " units; a unit converts at most once in a binary "
                    + "metric. Check that the metric counts converting users, not events.");
        }
        if (arm.n() > 0) {
            double expected = conversions * ((arm.n() - conversions) / arm.n());
            if (Math.abs(arm.sumOfSquaredDeviations() - expected) > BINARY_TOLERANCE * Math.max(expected, 1)) {
                throw new InconsistentSumsException("the " + name + " arm's sums are not those of 0/1 values ("
                        + "squared deviations " + arm.sumOfSquaredDeviations() + ", expected " + expected
                        + "); use a MEAN metric for non-binary values.");
            }
        }
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
     * Tests treatment against control.
     *
     * @throws com.splitbench.stats.InvalidParameterException if the confidence level is outside (0, 1)
     * @throws CountExceedsTotalException if an arm has more conversions than units
     * @throws InconsistentSumsException if an arm's sums are not those of 0/1 values
     */
    public static Outcome<AbsoluteDifference> compare(SampleSummary control, SampleSummary treatment,
                                                      double confidenceLevel, Sidedness sidedness) {
        InputChecks.confidenceLevel(confidenceLevel);
        requireBinary(control, "control");
        requireBinary(treatment, "treatment");
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
