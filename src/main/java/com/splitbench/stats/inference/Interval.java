package com.splitbench.stats.inference;

import com.splitbench.stats.InputChecks;
import com.splitbench.stats.Sidedness;
import java.util.Objects;

/**
 * A confidence interval (or one member of a confidence sequence) with what produced it: the estimate, its standard
 * error, the level, the sidedness and the shape. One-sided intervals have one infinite bound.
 *
 * @param estimate point estimate
 * @param standardError standard error of the estimate, &ge; 0
 * @param significanceLevel alpha = 1 - confidence level, in (0, 1); kept as alpha because levels such as
 *     1 - 1e-20 (an interval widened for a large family) do not survive the rounding of 1 - alpha
 * @param sidedness two-sided, or the direction of a one-sided interval
 * @param shape how the half-width follows from the standard error
 * @param lower lower bound ({@code -Infinity} for a LESS interval)
 * @param upper upper bound ({@code +Infinity} for a GREATER interval)
 */
public record Interval(double estimate, double standardError, double significanceLevel, Sidedness sidedness,
                       IntervalShape shape, double lower, double upper) {

    public Interval {
        Objects.requireNonNull(sidedness, "sidedness");
        Objects.requireNonNull(shape, "shape");
    }

    /**
     * Builds the interval estimate -+ multiplier x standardError.
     *
     * @throws com.splitbench.stats.InvalidParameterException if the confidence level is outside (0, 1)
     * @throws IllegalArgumentException if the estimate or standard error is not finite, or the standard error is
     *     negative
     */
    public static Interval of(double estimate, double standardError, double confidenceLevel, Sidedness sidedness,
                              IntervalShape shape) {
        return withAlpha(estimate, standardError, 1 - InputChecks.confidenceLevel(confidenceLevel), sidedness, shape);
    }

    /**
     * Builds the interval at significance level alpha.
     *
     * @throws com.splitbench.stats.InvalidParameterException if alpha is outside (0, 1)
     * @throws IllegalArgumentException if the estimate or standard error is not finite, or the standard error is
     *     negative
     */
    public static Interval withAlpha(double estimate, double standardError, double alpha, Sidedness sidedness,
                                     IntervalShape shape) {
        InputChecks.openUnitInterval(alpha, "significance level");
        if (!Double.isFinite(estimate) || !Double.isFinite(standardError) || standardError < 0) {
            throw new IllegalArgumentException("estimate and standard error must be finite, se >= 0: " + estimate
                    + ", " + standardError);
        }
        double halfWidth = shape.multiplier(alpha, sidedness) * standardError;
        double lower = sidedness == Sidedness.LESS ? Double.NEGATIVE_INFINITY : estimate - halfWidth;
        double upper = sidedness == Sidedness.GREATER ? Double.POSITIVE_INFINITY : estimate + halfWidth;
        return new Interval(estimate, standardError, alpha, sidedness, shape, lower, upper);
    }

    /** The same interval at another significance level (used to widen intervals for multiple testing). */
    public Interval atSignificanceLevel(double alpha) {
        return withAlpha(estimate, standardError, alpha, sidedness, shape);
    }

    /** Returns 1 - alpha (which rounds to 1 for alpha below 1.1e-16). */
    public double confidenceLevel() {
        return 1 - significanceLevel;
    }

    /** Returns true if value lies outside the interval. */
    public boolean excludes(double value) {
        return value < lower || value > upper;
    }
}
