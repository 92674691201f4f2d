package com.splitbench.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayFormatsTest {

    @Test
    void formatsRatesAsPercentages() {
        assertThat(DisplayFormats.percent(0.026566872181105615, 2)).isEqualTo("2.66%");
        assertThat(DisplayFormats.percent(1, 0)).isEqualTo("100%");
    }

    @Test
    void signsChangesWithARealMinusAndLeavesZeroUnsigned() {
        assertThat(DisplayFormats.signedPercent(0.0241, 2)).isEqualTo("+2.41%");
        assertThat(DisplayFormats.signedPercent(-0.013, 2)).isEqualTo("−1.30%");
        assertThat(DisplayFormats.signedPercent(-0.00001, 2)).isEqualTo("0.00%");
        assertThat(DisplayFormats.signed(1234.5, 1)).isEqualTo("+1,234.5");
    }

    @Test
    void groupsThousands() {
        assertThat(DisplayFormats.number(48210, 0)).isEqualTo("48,210");
        assertThat(DisplayFormats.number(-0.5, 2)).isEqualTo("−0.50");
    }

    @Test
    void showsSmallPValuesAsBelowAThousandth() {
        assertThat(DisplayFormats.pValue(0.0004)).isEqualTo("< 0.001");
        assertThat(DisplayFormats.pValue(0.0312)).isEqualTo("0.031");
        assertThat(DisplayFormats.pValue(1)).isEqualTo("1.000");
    }

    @Test
    void showsAnEmDashForWhatCannotBeComputed() {
        assertThat(DisplayFormats.percent(Double.NaN, 2)).isEqualTo("—");
        assertThat(DisplayFormats.pValue(Double.NaN)).isEqualTo("—");
        assertThat(DisplayFormats.pValue(1.2)).isEqualTo("—");
        assertThat(DisplayFormats.number(Double.NEGATIVE_INFINITY, 0)).isEqualTo("—");
    }
}
