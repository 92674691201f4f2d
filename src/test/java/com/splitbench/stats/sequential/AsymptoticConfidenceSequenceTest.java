package com.splitbench.stats.sequential;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.stats.Close;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.Sidedness;
import com.splitbench.stats.inference.AbsoluteDifference;
import com.splitbench.stats.inference.Interval;
import com.splitbench.stats.inference.TwoProportionZTest;
import com.splitbench.stats.summary.SampleSummary;
import org.junit.jupiter.api.Test;

/**
 * Expected values: a hand computation of the published formula in both published forms, GrowthBook gbstats'
 * {@code sequentialIntervalHalfwidth} / {@code SequentialTwoSidedTTest.pValue} and Eppo's "Statistical nitty-gritty"
 * boundary, which agree to one unit in the last place (src/test/python/sequential.py). Tolerance 1e-12 relative.
 */
class AsymptoticConfidenceSequenceTest {

    private static AbsoluteDifference cookieCats() {
        return TwoProportionZTest.compare(SampleSummary.ofConversions(44_700, 8_502),
                SampleSummary.ofConversions(45_489, 8_279), 0.95, Sidedness.TWO_SIDED).orElseThrow();
    }

    private static SequentialInference sequential(AbsoluteDifference absolute, long units) {
        return AsymptoticConfidenceSequence.analyse(absolute, Outcome.notRequested(), units, 0.95, 5000).orElseThrow();
    }

    @Test
    void matchesAHandComputationOfThePublishedFormula() {
        Close.relative(AsymptoticConfidenceSequence.rho(0.05, 5000), 0.03984006677137368, 1e-14);
        SequentialInference result = sequential(cookieCats(), 44_700 + 45_489);
        Close.relative(result.absoluteInterval().lower(), -0.01681322465324816, 1e-12);
        Close.relative(result.absoluteInterval().upper(), 0.00041062802283633147, 1e-12);
        Close.relative(result.alwaysValidPValue(), 0.08328426535857636, 1e-12);
    }

    @Test
    void isWiderThanTheFixedHorizonIntervalAndAgreesWithItsPValue() {
        AbsoluteDifference fixed = cookieCats();
        SequentialInference result = sequential(fixed, 44_700 + 45_489);
        Interval fixedInterval = fixed.interval().orElseThrow();
        assertThat(result.absoluteInterval().lower()).isLessThan(fixedInterval.lower());
        assertThat(result.absoluteInterval().upper()).isGreaterThan(fixedInterval.upper());
        // Fixed horizon: p = 0.0016, significant. Always valid: p = 0.083, and the sequence contains 0.
        assertThat(fixed.pValue()).isLessThan(0.05);
        assertThat(result.alwaysValidPValue()).isGreaterThan(0.05);
        assertThat(result.absoluteInterval().excludes(0)).isFalse();
    }

    @Test
    void excludesZeroExactlyWhenTheAlwaysValidPValueIsBelowAlpha() {
        AbsoluteDifference fixed = cookieCats();
        SequentialInference result = sequential(fixed, 44_700 + 45_489);
        double p = result.alwaysValidPValue();
        assertThat(result.absoluteInterval().atSignificanceLevel(p * 1.0001).excludes(0)).isTrue();
        assertThat(result.absoluteInterval().atSignificanceLevel(p * 0.9999).excludes(0)).isFalse();
    }

    @Test
    void oneSidedTestsHaveNoConfidenceSequence() {
        AbsoluteDifference greater = TwoProportionZTest.compare(SampleSummary.ofConversions(44_700, 8_502),
                SampleSummary.ofConversions(45_489, 8_279), 0.95, Sidedness.GREATER).orElseThrow();
        assertThat(AsymptoticConfidenceSequence.analyse(greater, Outcome.notRequested(), 90_189, 0.95, 5000)
                .explanation()).contains("two-sided");
    }
}
