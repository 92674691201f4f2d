package com.splitbench.stats.sequential;

import com.splitbench.stats.InputChecks;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.Sidedness;
import com.splitbench.stats.inference.AbsoluteDifference;
import com.splitbench.stats.inference.Interval;
import com.splitbench.stats.inference.IntervalShape;
import com.splitbench.stats.inference.RelativeLift;

/**
 * The asymptotic confidence sequence of Waudby-Smith, Arbour, Sinha, Kennedy and Ramdas (2023), "Time-uniform
 * central limit theory and asymptotic confidence sequences" (arXiv:2103.06476v7), in the two-sided normal-mixture
 * form that GrowthBook's gbstats ({@code SequentialTwoSidedTTest}) and Eppo ("Statistical nitty-gritty") use:
 *
 * <pre>
 *   rho^2     = (-2 ln alpha + ln(-2 ln alpha + 1)) / N*
 *   halfwidth = se * sqrt(2 (t rho^2 + 1) / (t rho^2) * ln(sqrt(t rho^2 + 1) / alpha))
 *   p         = min(1, sqrt(t rho^2 + 1) * exp(-(t rho^2) z^2 / (2 (t rho^2 + 1))))
 * </pre>
 *
 * with t = nC + nT the total units, se the estimate's standard error and z = estimate / se. Eppo writes the same
 * boundary with rho_Eppo = 1 / rho^2 (their N_tune default is 10,000; GrowthBook's and ours is 5,000). The p-value
 * is the reciprocal of the mixture e-value (the paper's equation 155), so the sequence at level alpha excludes 0
 * exactly when p &lt; alpha.
 */
public final class AsymptoticConfidenceSequence {

    /** GrowthBook's default N*. */
    public static final double DEFAULT_TUNING_PARAMETER = 5000;

    public static final String METHOD = "Asymptotic confidence sequence (Waudby-Smith et al. 2023, normal mixture, as "
            + "in GrowthBook and Eppo); always-valid p-value from the mixture e-value";

    private AsymptoticConfidenceSequence() {
    }

    /**
     * Returns rho for significance level alpha and tuning parameter N*.
     *
     * @throws com.splitbench.stats.InvalidParameterException if alpha is outside (0, 1) or N* is not positive
     */
    public static double rho(double alpha, double tuningParameter) {
        InputChecks.openUnitInterval(alpha, "significance level");
        InputChecks.positive(tuningParameter, "sequential tuning parameter N*");
        double logAlpha = Math.log(alpha);
        return Math.sqrt((-2 * logAlpha + Math.log(-2 * logAlpha + 1)) / tuningParameter);
    }

    /** Returns the always-valid p-value for a z statistic after {@code totalUnits} units. */
    public static double alwaysValidPValue(double z, long totalUnits, double rho) {
        double scaled = totalUnits * rho * rho;
        double logP = 0.5 * Math.log1p(scaled) - scaled * z * z / (2 * (scaled + 1));
        return Math.exp(Math.min(0, logP));
    }

    /**
     * The sequential view of a fixed-horizon comparison: the same estimates and standard errors, with the
     * confidence-sequence boundary in place of the quantile.
     *
     * @throws com.splitbench.stats.InvalidParameterException if the level or N* is out of range
     */
    public static Outcome<SequentialInference> analyse(AbsoluteDifference absolute, Outcome<RelativeLift> relative,
                                                       long totalUnits, double confidenceLevel,
                                                       double tuningParameter) {
        double alpha = 1 - InputChecks.confidenceLevel(confidenceLevel);
        double rho = rho(alpha, tuningParameter);
        if (absolute.sidedness() != Sidedness.TWO_SIDED) {
            return Outcome.notComputable("Confidence sequences are two-sided; switch to a two-sided test to see "
                    + "the always-valid interval.");
        }
        if (!(absolute.standardError() > 0)) {
            return Outcome.notComputable("The difference has zero standard error, so no confidence sequence is "
                    + "defined.");
        }
        IntervalShape shape = new IntervalShape.ConfidenceSequence(totalUnits, rho);
        Interval interval = Interval.withAlpha(absolute.estimate(), absolute.standardError(), alpha,
                Sidedness.TWO_SIDED, shape);
        Outcome<Interval> relativeInterval = relative.map(lift -> Interval.withAlpha(lift.estimate(),
                lift.standardError(), alpha, Sidedness.TWO_SIDED, shape));
        double p = alwaysValidPValue(absolute.estimate() / absolute.standardError(), totalUnits, rho);
        return Outcome.computed(new SequentialInference(interval, relativeInterval, p, totalUnits, tuningParameter,
                rho, METHOD));
    }
}
