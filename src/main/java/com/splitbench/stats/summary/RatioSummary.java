package com.splitbench.stats.summary;

import com.splitbench.stats.InconsistentSumsException;
import com.splitbench.stats.InputChecks;

/**
 * One arm of a ratio metric (sum of numerator / sum of denominator, e.g. orders per session or revenue per order)
 * with per-unit numerator y and denominator x: n units, the two sums, and the centred second moments, including
 * the cross moment sum((y - mean y)(x - mean x)) that the delta method needs.
 *
 * @param n units, &ge; 0
 * @param sumNumerator sum of per-unit numerators
 * @param sumDenominator sum of per-unit denominators
 * @param numeratorSquaredDeviations sum of squared deviations of the numerator, &ge; 0
 * @param denominatorSquaredDeviations sum of squared deviations of the denominator, &ge; 0
 * @param crossDeviations sum of products of the deviations, within the Cauchy-Schwarz bound
 */
public record RatioSummary(long n, double sumNumerator, double sumDenominator, double numeratorSquaredDeviations,
                           double denominatorSquaredDeviations, double crossDeviations) implements ArmSummary {

    /**
     * @throws com.splitbench.stats.NegativeCountException if n &lt; 0
     * @throws com.splitbench.stats.NonFiniteInputException if a value is NaN or infinite
     * @throws InconsistentSumsException if the moments could not come from one set of units
     */
    public RatioSummary {
        InputChecks.nonNegative(n, "number of units");
        InputChecks.finite(sumNumerator, "sum of numerators");
        InputChecks.finite(sumDenominator, "sum of denominators");
        if (n == 0 && (sumNumerator != 0 || sumDenominator != 0)) {
            throw new InconsistentSumsException("an arm with no units has non-zero sums.");
        }
        PairedMoments.validate(n, numeratorSquaredDeviations, denominatorSquaredDeviations, crossDeviations);
    }

    /**
     * From raw sums: COUNT(*), SUM(y), SUM(y*y), SUM(x), SUM(x*x), SUM(x*y) with y the numerator, x the denominator.
     *
     * @throws com.splitbench.stats.NegativeCountException if n &lt; 0
     * @throws com.splitbench.stats.NonFiniteInputException if a sum is NaN or infinite
     * @throws InconsistentSumsException if the sums could not come from one set of units
     */
    public static RatioSummary fromSums(long n, double sumNumerator, double sumNumeratorSquares,
                                        double sumDenominator, double sumDenominatorSquares, double sumProducts) {
        InputChecks.nonNegative(n, "number of units");
        InputChecks.finite(sumNumerator, "sum of numerators");
        InputChecks.finite(sumDenominator, "sum of denominators");
        PairedMoments moments = PairedMoments.fromSums(n, sumNumerator, sumNumeratorSquares, sumDenominator,
                sumDenominatorSquares, sumProducts, "numerator", "denominator");
        return new RatioSummary(n, sumNumerator, sumDenominator, moments.firstSquaredDeviations(),
                moments.secondSquaredDeviations(), moments.crossDeviations());
    }

    /**
     * From per-unit numerators and denominators.
     *
     * @throws com.splitbench.stats.InvalidParameterException if the arrays differ in length
     * @throws com.splitbench.stats.NonFiniteInputException if a value is NaN or infinite
     */
    public static RatioSummary ofValues(double[] numerators, double[] denominators) {
        requireSameLength(numerators, denominators);
        PairedMoments moments = PairedMoments.ofValues(numerators, denominators);
        return new RatioSummary(numerators.length, CompensatedMoments.sum(numerators),
                CompensatedMoments.sum(denominators), moments.firstSquaredDeviations(),
                moments.secondSquaredDeviations(), moments.crossDeviations());
    }

    static void requireSameLength(double[] first, double[] second) {
        if (first.length != second.length) {
            throw new com.splitbench.stats.InvalidParameterException("per-unit arrays differ in length: "
                    + first.length + " and " + second.length + ".");
        }
        for (int i = 0; i < first.length; i++) {
            InputChecks.finite(first[i], "value " + i);
            InputChecks.finite(second[i], "value " + i);
        }
    }
}
