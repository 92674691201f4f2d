package com.splitbench.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.analysis.model.StatisticType;
import org.junit.jupiter.api.Test;

class ResultFormatsTest {

    @Test
    void writesRatesAsPercentagesAndTheirDifferencesInPoints() {
        assertThat(ResultFormats.value(0.099335232668566, StatisticType.BINARY)).isEqualTo("9.93%");
        assertThat(ResultFormats.difference(0.023211972070419556, StatisticType.BINARY, 0.12)).isEqualTo("+2.32 pp");
        assertThat(ResultFormats.difference(-0.0011, StatisticType.BINARY, 0.1)).isEqualTo("−0.11 pp");
    }

    @Test
    void writesMeansWithAboutFourSignificantDigits() {
        assertThat(ResultFormats.value(8.596233618233613, StatisticType.MEAN)).isEqualTo("8.596");
        assertThat(ResultFormats.value(45259.17, StatisticType.MEAN)).isEqualTo("45,259");
        assertThat(ResultFormats.value(0.0658916, StatisticType.RATIO)).isEqualTo("0.06589");
        assertThat(ResultFormats.difference(-0.32451333, StatisticType.MEAN, 8.6)).isEqualTo("−0.325");
    }

    @Test
    void writesLiftsIntervalsAndChances() {
        assertThat(ResultFormats.lift(0.2336731031563269)).isEqualTo("+23.4%");
        assertThat(ResultFormats.lift(-0.011216443305161711)).isEqualTo("−1.12%");
        assertThat(ResultFormats.interval(-0.1, Double.POSITIVE_INFINITY, ResultFormats::lift))
                .isEqualTo("[−10.0%, +∞]");
        assertThat(ResultFormats.interval(Double.NaN, 1, ResultFormats::lift)).isEqualTo("—");
        assertThat(ResultFormats.chance(0.9996)).isEqualTo("> 99.9%");
        assertThat(ResultFormats.chance(0.00001)).isEqualTo("< 0.1%");
        assertThat(ResultFormats.chance(0.5)).isEqualTo("50.0%");
    }

    @Test
    void writesTheSumsAValueComesFrom() {
        assertThat(ResultFormats.counts(523, 5265)).isEqualTo("523 / 5,265");
        assertThat(ResultFormats.counts(45259.17, 5265)).isEqualTo("45,259 / 5,265");
        assertThat(ResultFormats.counts(12.5, 40)).isEqualTo("12.50 / 40");
    }
}
