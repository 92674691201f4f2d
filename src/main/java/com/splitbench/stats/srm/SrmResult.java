package com.splitbench.stats.srm;

import java.util.List;

/**
 * The result of a sample-ratio-mismatch check.
 *
 * @param observed units per arm
 * @param expected expected units per arm under the configured weights
 * @param chiSquare Pearson's statistic, sum (observed - expected)^2 / expected
 * @param degreesOfFreedom arms - 1
 * @param pValue upper tail of chi-square(df) at the statistic
 * @param threshold the p-value below which the split is flagged
 * @param flagged true when pValue &lt; threshold
 */
public record SrmResult(List<Long> observed, List<Double> expected, double chiSquare, int degreesOfFreedom,
                        double pValue, double threshold, boolean flagged) {

    public SrmResult {
        observed = List.copyOf(observed);
        expected = List.copyOf(expected);
    }
}
