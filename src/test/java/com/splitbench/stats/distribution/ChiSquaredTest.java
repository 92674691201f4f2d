package com.splitbench.stats.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.stats.Close;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values: SciPy 1.17.1 scipy.stats.chi2.sf. Tolerance 1e-12 relative. */
class ChiSquaredTest {

    @ParameterizedTest
    @CsvSource({
        "3.8414588206941254, 1, 0.04999999999999996",
        "30, 2, 3.0590232050182594e-07",
        "500, 3, 4.771672031912771e-108",
    })
    void survivalMatchesScipyIncludingTinyTails(double x, double df, double expected) {
        Close.relative(ChiSquared.survival(x, df), expected, 1e-12);
    }

    @Test
    void zeroStatisticHasPValueOne() {
        assertThat(ChiSquared.survival(0, 4)).isEqualTo(1);
    }
}
