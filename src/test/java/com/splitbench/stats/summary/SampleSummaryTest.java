package com.splitbench.stats.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.stats.Close;
import com.splitbench.stats.CountExceedsTotalException;
import com.splitbench.stats.InconsistentSumsException;
import com.splitbench.stats.NegativeCountException;
import com.splitbench.stats.NonFiniteInputException;
import org.junit.jupiter.api.Test;

/** Expected values: exact rational arithmetic on the given doubles (src/test/python/summaries.py). */
class SampleSummaryTest {

    @Test
    void recoversTheVarianceOfLargeValuesThatTheTextbookFormulaLoses() {
        // Values 5e7 and 5e7 + 1: sum 100000001 and sum of squares 5000000100000001 are exact doubles, and the exact
        // sum of squared deviations is 1/2. The textbook sum(y^2) - sum(y)^2 / n gives 1.0 (100% error) because
        // sum(y)^2 = 1e16 + 2e8 + 1 is not a double. Tolerance: exact.
        double sum = 100_000_001;
        double sumOfSquares = 5_000_000_100_000_001.0;
        assertThat(sumOfSquares - sum * sum / 2).isEqualTo(1.0);
        SampleSummary summary = SampleSummary.fromSums(2, sum, sumOfSquares);
        assertThat(summary.sumOfSquaredDeviations()).isEqualTo(0.5);
        assertThat(summary.sampleVariance()).isEqualTo(0.5);
    }

    @Test
    void twoPassValuesKeepTheVarianceOfAMillionValuesAroundOneMillion() {
        // 10^6 values alternating 1e6 - 1 and 1e6 + 1: mean 1e6, squared deviations exactly 10^6, variance
        // 10^6 / (10^6 - 1). Tolerance 1e-15 relative.
        double[] values = new double[1_000_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1e6 + (i % 2 == 0 ? -1 : 1);
        }
        SampleSummary summary = SampleSummary.ofValues(values);
        Close.relative(summary.mean(), 1e6, 1e-15);
        Close.relative(summary.sumOfSquaredDeviations(), 1e6, 1e-15);
        Close.relative(summary.sampleVariance(), 1e6 / 999_999.0, 1e-15);
    }

    @Test
    void conversionsGiveExactBinaryDeviationsAtOneHundredMillionUnits() {
        // c (n - c) / n for n = 1e8, c = 1000003: 990002.93999991 (exact fraction rounded once). Tolerance 1e-15.
        SampleSummary summary = SampleSummary.ofConversions(100_000_000L, 1_000_003L);
        Close.relative(summary.sumOfSquaredDeviations(), 990002.93999991, 1e-15);
        assertThat(summary.mean()).isEqualTo(1_000_003 / 1e8);
    }

    @Test
    void fromSumsOfBinaryValuesEqualsOfConversions() {
        SampleSummary fromSums = SampleSummary.fromSums(44_700, 8_502, 8_502);
        SampleSummary fromCounts = SampleSummary.ofConversions(44_700, 8_502);
        Close.relative(fromSums.sumOfSquaredDeviations(), fromCounts.sumOfSquaredDeviations(), 1e-15);
    }

    @Test
    void emptyAndSingleUnitArmsHaveNoDeviations() {
        assertThat(SampleSummary.fromSums(0, 0, 0)).isEqualTo(new SampleSummary(0, 0, 0));
        assertThat(SampleSummary.fromSums(1, 7.5, 56.25).sumOfSquaredDeviations()).isZero();
        assertThatThrownBy(() -> new SampleSummary(0, 0, 0).mean()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SampleSummary(1, 3, 0).sampleVariance())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsNegativeCountsConversionsAboveUnitsAndNonFiniteSums() {
        assertThatThrownBy(() -> SampleSummary.fromSums(-1, 0, 0)).isInstanceOf(NegativeCountException.class);
        assertThatThrownBy(() -> SampleSummary.ofConversions(10, -2)).isInstanceOf(NegativeCountException.class);
        assertThatThrownBy(() -> SampleSummary.ofConversions(10, 11)).isInstanceOf(CountExceedsTotalException.class)
                .hasMessageContaining("exceed");
        assertThatThrownBy(() -> SampleSummary.fromSums(10, Double.NaN, 1)).isInstanceOf(NonFiniteInputException.class);
        assertThatThrownBy(() -> SampleSummary.fromSums(10, 1, Double.POSITIVE_INFINITY))
                .isInstanceOf(NonFiniteInputException.class);
        assertThatThrownBy(() -> SampleSummary.ofValues(1, Double.NaN)).isInstanceOf(NonFiniteInputException.class);
    }

    @Test
    void rejectsSumsNoDataCouldProduce() {
        // sum of squares 10 < sum^2 / n = 100 / 4 = 25.
        assertThatThrownBy(() -> SampleSummary.fromSums(4, 10, 10)).isInstanceOf(InconsistentSumsException.class);
        assertThatThrownBy(() -> new SampleSummary(5, 1, -1)).isInstanceOf(InconsistentSumsException.class);
        assertThatThrownBy(() -> new SampleSummary(0, 3, 0)).isInstanceOf(InconsistentSumsException.class);
        assertThatThrownBy(() -> SampleSummary.fromMeanAndVariance(1, 3, 2))
                .isInstanceOf(InconsistentSumsException.class);
    }

    @Test
    void meanAndVarianceFromSqlRoundTrip() {
        SampleSummary summary = SampleSummary.fromMeanAndVariance(100_000_000L, 52.5, 1234.5);
        Close.relative(summary.mean(), 52.5, 1e-15);
        Close.relative(summary.sampleVariance(), 1234.5, 1e-15);
    }
}
