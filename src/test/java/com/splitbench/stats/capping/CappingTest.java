package com.splitbench.stats.capping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.stats.Close;
import com.splitbench.stats.InvalidParameterException;
import com.splitbench.stats.NonFiniteInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Expected values: NumPy 2.4 numpy.percentile(method="linear"), which is R's quantile type 7
 * (numpy.quantile with the probability itself, since percentile(q) divides q by 100 first: 99.9 / 100 =
 * 0.9990000000000001; src/test/python/family_srm_power.py). Tolerance 1e-15 relative.
 */
class CappingTest {

    private static final double[] VALUES = {0.3, 1.7, 4.2, 2.9, 10.5, 0.8, 6.1, 3.3};

    @ParameterizedTest
    @CsvSource({
        "0, 0.3", "0.01, 0.33499999999999996", "0.25, 1.475", "0.5, 3.0999999999999996", "0.9, 7.419999999999999",
        "0.95, 8.959999999999997", "0.99, 10.191999999999998", "1, 10.5",
    })
    void r7MatchesNumpyLinear(double p, double expected) {
        Close.relative(Percentiles.r7(VALUES, p), expected, 1e-15);
    }

    @Test
    void r7OnAHundredThousandValuesWithOutliers() {
        double[] values = new double[100_001];
        for (int i = 0; i < values.length; i++) {
            values[i] = (double) ((long) i * i % 1009) / 7.0 + (i % 997 == 0 ? 1000.0 : 0.0);
        }
        Close.relative(Percentiles.r7(values, 0.99), 143.42857142857142, 1e-15);
        Close.relative(Percentiles.r7(values, 0.999), 1000.0, 1e-15);
        Close.relative(Percentiles.r7(values, 0.01), 0.7142857142857143, 1e-15);
    }

    @Test
    void doesNotModifyItsInput() {
        double[] copy = VALUES.clone();
        Percentiles.r7(copy, 0.5);
        assertThat(copy).containsExactly(VALUES);
    }

    @Test
    void winsorizerCapsAtThePooledPercentiles() {
        Winsorizer both = Winsorizer.both(VALUES, 0.01, 0.99);
        assertThat(both.cap(100)).isEqualTo(10.191999999999998);
        assertThat(both.cap(0)).isEqualTo(0.33499999999999996);
        assertThat(both.cap(5)).isEqualTo(5);
        assertThat(Winsorizer.upper(VALUES, 0.9).capAll(new double[] {1, 20})).containsExactly(1, 7.419999999999999);
    }

    @Test
    void rejectsEmptyInputProbabilitiesOutsideTheUnitIntervalAndNaN() {
        assertThatThrownBy(() -> Percentiles.r7(new double[0], 0.5)).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> Percentiles.r7(VALUES, 1.5)).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> Percentiles.r7(new double[] {1, Double.NaN}, 0.5))
                .isInstanceOf(NonFiniteInputException.class);
    }
}
