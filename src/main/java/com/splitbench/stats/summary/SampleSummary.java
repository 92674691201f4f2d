package com.splitbench.stats.summary;

import com.splitbench.stats.CountExceedsTotalException;
import com.splitbench.stats.InconsistentSumsException;
import com.splitbench.stats.InputChecks;

/**
 * One arm of a binary or mean metric: the number of units n, the sum of the per-unit values and the sum of squared
 * deviations from the arm's mean, sum((y - mean)^2). For a binary metric the sum is the number of conversions.
 *
 * <p>The squared deviations are stored centred, rather than as a raw sum of squares, so that nothing downstream
 * subtracts two large numbers; the factories convert from raw sums with compensated arithmetic.
 *
 * @param n units, &ge; 0
 * @param sum sum of per-unit values, finite (0 when n = 0)
 * @param sumOfSquaredDeviations sum of squared deviations from the mean, finite and &ge; 0 (0 when n &le; 1)
 */
public record SampleSummary(long n, double sum, double sumOfSquaredDeviations) implements ArmSummary {

    /**
     * @throws com.splitbench.stats.NegativeCountException if n &lt; 0
     * @throws com.splitbench.stats.NonFiniteInputException if a sum is NaN or infinite
     * @throws InconsistentSumsException if the squared deviations are negative, or non-zero for n &le; 1, or the
     *     sum is non-zero for n = 0
     */
    public SampleSummary {
        InputChecks.nonNegative(n, "number of units");
        InputChecks.finite(sum, "sum of values");
        InputChecks.finite(sumOfSquaredDeviations, "sum of squared deviations");
        if (sumOfSquaredDeviations < 0) {
            throw new InconsistentSumsException("sum of squared deviations is " + sumOfSquaredDeviations
                    + "; it cannot be negative. The sums do not come from one set of values.");
        }
        if (n == 0 && sum != 0) {
            throw new InconsistentSumsException("an arm with no units has a sum of " + sum + ".");
        }
        if (n <= 1 && sumOfSquaredDeviations != 0) {
            throw new InconsistentSumsException("an arm with " + n + " unit(s) cannot have squared deviations ("
                    + sumOfSquaredDeviations + ").");
        }
    }

    /**
     * From the raw sums the analysis layer computes in SQL: COUNT(*), SUM(y) and SUM(y * y).
     *
     * @throws com.splitbench.stats.NegativeCountException if n &lt; 0
     * @throws com.splitbench.stats.NonFiniteInputException if a sum is NaN or infinite
     * @throws InconsistentSumsException if sumOfSquares is below sum^2 / n by more than rounding
     */
    public static SampleSummary fromSums(long n, double sum, double sumOfSquares) {
        InputChecks.nonNegative(n, "number of units");
        InputChecks.finite(sum, "sum of values");
        InputChecks.finite(sumOfSquares, "sum of squares");
        if (n == 0) {
            return new SampleSummary(0, sum, 0);
        }
        double deviations = CompensatedMoments.centredCrossProduct(n, sum, sum, sumOfSquares);
        double slack = CompensatedMoments.slack(sumOfSquares, sum * (sum / n));
        if (deviations < -slack) {
            throw new InconsistentSumsException("sum of squares " + sumOfSquares + " is below (sum)^2 / n = "
                    + (sum * (sum / n)) + " for n = " + n + "; no set of values has these sums.");
        }
        return new SampleSummary(n, sum, n == 1 ? 0 : Math.max(0, deviations));
    }

    /**
     * A binary metric: {@code conversions} of {@code n} units have the value 1, the rest 0. The squared deviations
     * c (n - c) / n are formed exactly.
     *
     * @throws com.splitbench.stats.NegativeCountException if n or conversions is negative
     * @throws com.splitbench.stats.CountExceedsTotalException if conversions &gt; n
     */
    public static SampleSummary ofConversions(long n, long conversions) {
        InputChecks.nonNegative(n, "number of units");
        InputChecks.nonNegative(conversions, "number of conversions");
        if (conversions > n) {
            throw new CountExceedsTotalException("conversions (" + conversions
                    + ") exceed units (" + n + "); a unit converts at most once in a binary metric. Check that the "
                    + "metric counts converting users, not conversion events.");
        }
        if (n <= 1) {
            return new SampleSummary(n, conversions, 0);
        }
        double c = conversions;
        double rest = n - conversions;
        double head = c * rest;
        double tail = Math.fma(c, rest, -head);
        return new SampleSummary(n, c, head / n + tail / n);
    }

    /**
     * From a mean and a sample variance (denominator n - 1), as SQL's AVG and VAR_SAMP return them.
     *
     * @throws com.splitbench.stats.NegativeCountException if n &lt; 0
     * @throws com.splitbench.stats.NonFiniteInputException if mean or variance is NaN or infinite
     * @throws InconsistentSumsException if the variance is negative, or non-zero for n &le; 1
     */
    public static SampleSummary fromMeanAndVariance(long n, double mean, double sampleVariance) {
        InputChecks.nonNegative(n, "number of units");
        InputChecks.finite(mean, "mean");
        InputChecks.finite(sampleVariance, "variance");
        if (n == 0) {
            return new SampleSummary(0, 0, 0);
        }
        return new SampleSummary(n, mean * n, n == 1 ? checkZero(sampleVariance) : sampleVariance * (n - 1));
    }

    /**
     * From per-unit values, by the corrected two-pass algorithm.
     *
     * @throws com.splitbench.stats.NonFiniteInputException if a value is NaN or infinite
     */
    public static SampleSummary ofValues(double... values) {
        for (double value : values) {
            InputChecks.finite(value, "value");
        }
        if (values.length == 0) {
            return new SampleSummary(0, 0, 0);
        }
        double sum = CompensatedMoments.sum(values);
        double mean = sum / values.length;
        double deviations = CompensatedMoments.centredProducts(values, mean, values, mean);
        return new SampleSummary(values.length, sum, values.length == 1 ? 0 : Math.max(0, deviations));
    }

    /**
     * Returns the mean, sum / n.
     *
     * @throws IllegalStateException if n = 0
     */
    public double mean() {
        if (n == 0) {
            throw new IllegalStateException("mean of an empty arm");
        }
        return sum / n;
    }

    /**
     * Returns the sample variance with denominator n - 1.
     *
     * @throws IllegalStateException if n &lt; 2
     */
    public double sampleVariance() {
        if (n < 2) {
            throw new IllegalStateException("variance needs at least 2 units, has " + n);
        }
        return sumOfSquaredDeviations / (n - 1);
    }

    private static double checkZero(double variance) {
        if (variance != 0) {
            throw new InconsistentSumsException("a single unit has no variance, but " + variance + " was given.");
        }
        return 0;
    }
}
