package com.splitbench.stats.inference;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.stats.Close;
import com.splitbench.stats.Sidedness;
import com.splitbench.stats.summary.SampleSummary;
import org.junit.jupiter.api.Test;

/**
 * Expected values: SciPy 1.17.1 scipy.stats.ttest_ind(treatment, control, equal_var=False) with its df and
 * confidence_interval(), and ttest_ind_from_stats for n = 10^8 (src/test/python/inference.py).
 * Tolerance 1e-9 relative.
 */
class WelchTTestTest {

    private static final double TOLERANCE = 1e-9;
    static final double[] CONTROL = {12.1, 9.8, 11.4, 10.9, 13.2, 8.7, 10.1, 12.6, 11.9, 9.5, 10.4, 12.8};
    static final double[] TREATMENT = {13.4, 12.2, 14.9, 11.8, 13.7, 15.1, 12.5, 14.2, 13.0, 16.3};

    private static AbsoluteDifference compare(SampleSummary control, SampleSummary treatment, double level,
                                              Sidedness sidedness) {
        return WelchTTest.compare(WelchTTest.arm(control).orElseThrow(), WelchTTest.arm(treatment).orElseThrow(),
                level, sidedness, WelchTTest.METHOD).orElseThrow();
    }

    @Test
    void matchesScipyWelchIncludingDegreesOfFreedomAndInterval() {
        AbsoluteDifference result = compare(SampleSummary.ofValues(CONTROL), SampleSummary.ofValues(TREATMENT), 0.95,
                Sidedness.TWO_SIDED);
        Close.relative(result.testStatistic(), 4.228896814394123, TOLERANCE);
        Close.relative(result.pValue(), 0.0004382051397943593, TOLERANCE);
        Close.relative(((ReferenceDistribution.StudentT) result.reference()).degreesOfFreedom(), 19.361249076659693,
                TOLERANCE);
        Close.relative(result.interval().orElseThrow().lower(), 1.311423941323513, TOLERANCE);
        Close.relative(result.interval().orElseThrow().upper(), 3.875242725343158, TOLERANCE);
    }

    @Test
    void ninetyPercentAndOneSidedIntervalsUseTheSameDegreesOfFreedom() {
        AbsoluteDifference ninety = compare(SampleSummary.ofValues(CONTROL), SampleSummary.ofValues(TREATMENT), 0.90,
                Sidedness.TWO_SIDED);
        Close.relative(ninety.interval().orElseThrow().lower(), 1.5339698310406482, TOLERANCE);
        Close.relative(ninety.interval().orElseThrow().upper(), 3.6526968356260223, TOLERANCE);
        AbsoluteDifference greater = compare(SampleSummary.ofValues(CONTROL), SampleSummary.ofValues(TREATMENT), 0.95,
                Sidedness.GREATER);
        Close.relative(greater.pValue(), 0.00021910256989717965, TOLERANCE);
        Close.relative(greater.interval().orElseThrow().lower(), 1.5339698310406484, TOLERANCE);
        assertThat(greater.interval().orElseThrow().upper()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void oneHundredMillionUnitsPerArmWithTBeyondTen() {
        // The t tail at df = 2e8 differs from the normal tail by 1.6e-5 relative here; the test would see it.
        AbsoluteDifference result = compare(SampleSummary.fromMeanAndVariance(100_000_000L, 10.0, 4.0),
                SampleSummary.fromMeanAndVariance(100_000_000L, 10.003, 4.0), 0.95, Sidedness.TWO_SIDED);
        Close.relative(result.testStatistic(), 10.606601717798615, TOLERANCE);
        Close.relative(result.pValue(), 2.776694091515771e-26, TOLERANCE);
    }

    @Test
    void aConstantControlLeavesTheTreatmentsDegreesOfFreedom() {
        AbsoluteDifference result = compare(SampleSummary.ofValues(5, 5, 5, 5), SampleSummary.ofValues(TREATMENT), 0.95,
                Sidedness.TWO_SIDED);
        Close.relative(result.testStatistic(), 19.321659739156175, TOLERANCE);
        Close.relative(result.pValue(), 1.230668426646567e-08, TOLERANCE);
        Close.relative(((ReferenceDistribution.StudentT) result.reference()).degreesOfFreedom(), 9.0, 1e-15);
    }

    @Test
    void zeroVarianceInBothArmsIsNotComputable() {
        assertThat(WelchTTest.compare(WelchTTest.arm(SampleSummary.ofValues(5, 5, 5)).orElseThrow(),
                WelchTTest.arm(SampleSummary.ofValues(7, 7)).orElseThrow(), 0.95, Sidedness.TWO_SIDED,
                WelchTTest.METHOD).explanation()).contains("zero variance");
        assertThat(WelchTTest.arm(SampleSummary.ofValues(5)).explanation()).contains("at least 2");
    }
}
