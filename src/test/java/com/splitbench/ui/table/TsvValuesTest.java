package com.splitbench.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TsvValuesTest {

    @Test
    void writesDoublesAtFullPrecision() {
        assertThat(TsvValues.format(0.026566872181105615)).isEqualTo("0.026566872181105615");
        assertThat(Double.parseDouble(TsvValues.format(1.0 / 3))).isEqualTo(1.0 / 3);
        assertThat(TsvValues.format(-4.9e-7)).isEqualTo("-4.9E-7");
    }

    @Test
    void writesWholeDoublesWithoutATrailingZero() {
        assertThat(TsvValues.format(48210.0)).isEqualTo("48210");
        assertThat(TsvValues.format(-3.0)).isEqualTo("-3");
        assertThat(TsvValues.format(1e20)).isEqualTo("1.0E20");
    }

    @Test
    void leavesValuesThatAreNotComputableEmpty() {
        assertThat(TsvValues.format(Double.NaN)).isEmpty();
        assertThat(TsvValues.format(Double.POSITIVE_INFINITY)).isEmpty();
        assertThat(TsvValues.format(null)).isEmpty();
    }

    @Test
    void writesOtherNumbersAsTheyAre() {
        assertThat(TsvValues.format(12L)).isEqualTo("12");
        assertThat(TsvValues.format(0.1f)).isEqualTo("0.1");
        assertThat(TsvValues.format(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void keepsTabsAndLineBreaksInTextFromBreakingTheTable() {
        assertThat(TsvValues.format("a\tb\r\nc\nd")).isEqualTo("a b c d");
    }
}
