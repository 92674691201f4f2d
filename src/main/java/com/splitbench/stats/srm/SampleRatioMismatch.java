package com.splitbench.stats.srm;

import com.splitbench.stats.InputChecks;
import com.splitbench.stats.InvalidParameterException;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.distribution.ChiSquared;
import java.util.ArrayList;
import java.util.List;

/**
 * Sample ratio mismatch: Pearson's chi-square goodness-of-fit test of the observed units per arm against the
 * configured weights, for any number of arms and any weights (10/90, 1/1/2, ...). Same statistic as SciPy
 * {@code scipy.stats.chisquare(observed, expected)} and R {@code chisq.test(x, p = w / sum(w))}. Flagged at
 * p &lt; 0.001 by default (the convention of Fabijan et al. 2019, "Diagnosing sample ratio mismatch", KDD, and of
 * GrowthBook and Eppo).
 */
public final class SampleRatioMismatch {

    /** The default flagging threshold. */
    public static final double DEFAULT_THRESHOLD = 0.001;

    private SampleRatioMismatch() {
    }

    /**
     * Tests with the default threshold 0.001.
     *
     * @see #test(long[], double[], double)
     */
    public static Outcome<SrmResult> test(long[] observed, double[] expectedWeights) {
        return test(observed, expectedWeights, DEFAULT_THRESHOLD);
    }

    /**
     * Tests the observed split against the configured weights.
     *
     * @param observed units per arm, each &ge; 0
     * @param expectedWeights configured weights per arm, each &gt; 0 (need not sum to 1)
     * @param threshold flag when p &lt; threshold, in (0, 1)
     * @return the test, or not computable when no unit has been assigned yet
     * @throws InvalidParameterException if the arrays are null, differ in length, have fewer than 2 arms, a weight
     *     is not positive and finite, or the threshold is outside (0, 1)
     * @throws com.splitbench.stats.NegativeCountException if a count is negative
     */
    public static Outcome<SrmResult> test(long[] observed, double[] expectedWeights, double threshold) {
        if (observed == null || expectedWeights == null || observed.length != expectedWeights.length) {
            throw new InvalidParameterException("observed counts and weights must be given for the same arms.");
        }
        if (observed.length < 2) {
            throw new InvalidParameterException("a sample-ratio check needs at least 2 arms; got "
                    + observed.length + ".");
        }
        InputChecks.openUnitInterval(threshold, "SRM threshold");
        double weightSum = 0;
        long total = 0;
        for (int i = 0; i < observed.length; i++) {
            InputChecks.nonNegative(observed[i], "units in arm " + (i + 1));
            weightSum += InputChecks.positive(expectedWeights[i], "weight of arm " + (i + 1));
            total += observed[i];
        }
        if (total == 0) {
            return Outcome.notComputable("No units have been assigned yet, so the split cannot be checked.");
        }
        double chiSquare = 0;
        List<Long> observedList = new ArrayList<>();
        List<Double> expectedList = new ArrayList<>();
        for (int i = 0; i < observed.length; i++) {
            double expected = total * (expectedWeights[i] / weightSum);
            double deviation = observed[i] - expected;
            chiSquare += deviation * deviation / expected;
            observedList.add(observed[i]);
            expectedList.add(expected);
        }
        int df = observed.length - 1;
        double p = ChiSquared.survival(chiSquare, df);
        return Outcome.computed(new SrmResult(observedList, expectedList, chiSquare, df, p, threshold,
                p < threshold));
    }
}
