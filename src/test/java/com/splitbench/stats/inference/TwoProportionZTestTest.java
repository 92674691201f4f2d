package com.splitbench.stats.inference;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.stats.Close;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.Sidedness;
import com.splitbench.stats.summary.SampleSummary;
import org.junit.jupiter.api.Test;

/**
 * Expected values: SciPy 1.17.1 scipy.stats.chi2_contingency(correction=False) for the p-value (its chi-square
 * equals z^2) and scipy.stats.norm for z, the one-sided p-values and the Wald interval
 * (src/test/python/inference.py). Tolerance 1e-9 relative (closed form); observed agreement is about 1e-13.
 */
class TwoProportionZTestTest {

    private static final double TOLERANCE = 1e-9;

    private static AbsoluteDifference test(long nc, long cc, long nt, long ct, Sidedness sidedness) {
        return TwoProportionZTest.compare(SampleSummary.ofConversions(nc, cc), SampleSummary.ofConversions(nt, ct),
                0.95, sidedness).orElseThrow();
    }

    @Test
    void cookieCatsSevenDayRetentionMatchesScipy() {
        // cookie_cats.csv: gate_30 8502 of 44700 retained at day 7 (19.02%), gate_40 8279 of 45489 (18.20%).
        AbsoluteDifference result = test(44_700, 8_502, 45_489, 8_279, Sidedness.TWO_SIDED);
        Close.relative(result.testStatistic(), -3.164358912748191, TOLERANCE);
        Close.relative(result.pValue(), 0.0015542499756142788, TOLERANCE);
        Close.relative(result.testStatistic() * result.testStatistic(), 10.01316732868897, TOLERANCE);
        Close.relative(result.estimate(), -0.008201298315205913, TOLERANCE);
        Interval interval = result.interval().orElseThrow();
        Close.relative(interval.lower(), -0.013281552418885545, TOLERANCE);
        Close.relative(interval.upper(), -0.0031210442115262808, TOLERANCE);
        assertThat(result.reference()).isEqualTo(new ReferenceDistribution.Normal());
    }

    @Test
    void oneSidedPValuesComeFromTheMatchingTail() {
        Close.relative(test(44_700, 8_502, 45_489, 8_279, Sidedness.GREATER).pValue(), 0.9992228750121929, TOLERANCE);
        AbsoluteDifference less = test(44_700, 8_502, 45_489, 8_279, Sidedness.LESS);
        Close.relative(less.pValue(), 0.0007771249878071645, TOLERANCE);
        assertThat(less.interval().orElseThrow().lower()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void oneHundredMillionUsersAtOneInAMillion() {
        AbsoluteDifference result = test(100_000_000L, 100, 100_000_000L, 160, Sidedness.TWO_SIDED);
        Close.relative(result.testStatistic(), 3.721044456355936, TOLERANCE);
        Close.relative(result.pValue(), 0.00019840050411010901, TOLERANCE);
        Close.relative(result.interval().orElseThrow().lower(), 2.8396551994740626e-07, TOLERANCE);
        Close.relative(result.interval().orElseThrow().upper(), 9.160344800525937e-07, TOLERANCE);
    }

    @Test
    void zBeyondNineTakesThePValueFromTheSurvivalFunction() {
        AbsoluteDifference result = test(100_000_000L, 10_000_000L, 100_000_000L, 10_050_000L, Sidedness.TWO_SIDED);
        Close.relative(result.testStatistic(), 11.772044312153152, TOLERANCE);
        Close.relative(result.pValue(), 5.439026848742263e-32, TOLERANCE);
        assertThat(result.pValue()).isPositive();
    }

    @Test
    void zeroAgainstOneHundredPercentHasAPValueButNoWaldInterval() {
        // Pooled rate 1/2 gives z = 10; each arm's own variance is 0, so the unpooled interval would be a point.
        AbsoluteDifference result = test(50, 0, 50, 50, Sidedness.TWO_SIDED);
        Close.relative(result.testStatistic(), 10.0, 1e-15);
        Close.relative(result.pValue(), 1.5239706048320995e-23, TOLERANCE);
        assertThat(result.interval()).isInstanceOf(Outcome.NotComputable.class);
        assertThat(result.interval().explanation()).contains("0% or 100%");
    }

    @Test
    void noVariationOrTooFewUnitsIsNotComputable() {
        assertThat(TwoProportionZTest.compare(SampleSummary.ofConversions(500, 0), SampleSummary.ofConversions(400, 0),
                0.95, Sidedness.TWO_SIDED).explanation()).contains("0%");
        assertThat(TwoProportionZTest.compare(SampleSummary.ofConversions(500, 500),
                SampleSummary.ofConversions(400, 400), 0.95, Sidedness.TWO_SIDED).explanation()).contains("100%");
        assertThat(TwoProportionZTest.compare(SampleSummary.ofConversions(1, 1), SampleSummary.ofConversions(400, 3),
                0.95, Sidedness.TWO_SIDED).isComputed()).isFalse();
        assertThat(TwoProportionZTest.compare(SampleSummary.ofConversions(0, 0), SampleSummary.ofConversions(400, 3),
                0.95, Sidedness.TWO_SIDED).isComputed()).isFalse();
    }
}
