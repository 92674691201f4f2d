package com.splitbench.stats.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.stats.Close;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Expected values: SciPy 1.17.1 scipy.stats.norm.sf / norm.isf and mpmath 1.3.0 (src/test/python/distributions.py).
 * Tolerance 1e-13 relative; 1e-12 beyond |z| = 20, where the double z itself carries z^2 * 1.1e-16 relative error.
 */
class StandardNormalTest {

    @ParameterizedTest
    @CsvSource({
        "1.0, 0.15865525393145707, 1e-13",
        "5.0, 2.866515718791933e-07, 1e-13",
        "8.3, 5.2055697448902465e-17, 1e-13",
        "10.0, 7.61985302416047e-24, 1e-13",
        "20.0, 2.7536241186061556e-89, 1e-12",
        "37.0, 5.7255712225239266e-300, 1e-12",
        "-2.5, 0.9937903346742238, 1e-15",
    })
    void survivalKeepsRelativePrecisionFarInTheTail(double z, double expected, double tolerance) {
        Close.relative(StandardNormal.survival(z), expected, tolerance);
    }

    @Test
    void survivalIsNotOneMinusCdfBeyondEightPointThree() {
        // 1 - cdf(8.3) rounds to 0; the survival function keeps the true tail 5.2e-17.
        assertThat(1 - StandardNormal.cdf(9.5)).isZero();
        assertThat(StandardNormal.survival(9.5)).isGreaterThan(1e-21);
    }

    @ParameterizedTest
    @CsvSource({
        "0.025, 1.9599639845400545",
        "0.4, 0.2533471031357997",
        "1e-10, 6.361340902404056",
        "1e-300, 37.0470962993612",
        "0.975, -1.959963984540054",
    })
    void upperQuantileMatchesScipy(double q, double expected) {
        Close.relative(StandardNormal.upperQuantile(q), expected, 1e-14);
    }

    @Test
    void upperQuantileOfOneHalfIsZeroAndRejectsProbabilitiesOutsideTheOpenInterval() {
        assertThat(StandardNormal.upperQuantile(0.5)).isZero();
        assertThatThrownBy(() -> StandardNormal.upperQuantile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StandardNormal.upperQuantile(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "-1.0, 1.0833154705876862984",
        "2.0, 0.00849070261682963755",
        "3.0, 0.00038215431704772359565",
        "5.0, 5.3461655338328149539e-8",
        "20.0, 1.3700124947295799431e-90",
    })
    void partialExpectationAvoidsCancellationInTheTail(double z, double expected) {
        // Tolerance 1e-12 relative (mpmath at 50 digits).
        Close.relative(StandardNormal.partialExpectation(z), expected, 1e-12);
    }
}
