package com.splitbench.stats.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.stats.Close;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected values: SciPy 1.17.1 scipy.special.betainc and betaincc (src/test/python/distributions.py).
 * Tolerance 1e-12 relative on both tails for parameters up to 10^7, 1e-11 at 10^8 (the documented accuracy of the
 * continued fraction there).
 */
class IncompleteBetaTest {

    @ParameterizedTest
    @CsvSource({
        "2.5, 3.5, 0.3, 0.29675298929566646, 0.7032470107043336",
        "50, 60, 0.7, 0.9999999530579958, 4.694200413138891e-08",
        "0.5, 50000000, 1e-8, 0.6826894921370862, 0.3173105078629141",
        "10000001, 90000001, 0.1, 0.49992907692879224, 0.500070923071034",
        "10000001, 90000001, 0.1001, 0.9995691397751993, 0.0004308602248001326",
        "0.001, 2.0, 0.5, 0.9998067465369478, 0.00019325346305225182",
    })
    void bothTailsMatchScipy(double a, double b, double x, double lower, double upper) {
        IncompleteBeta.Tails tails = IncompleteBeta.tails(a, b, x, 1 - x);
        double tolerance = Math.max(a, b) > 1e7 ? 1e-11 : 1e-12;
        Close.relative(tails.lower(), lower, tolerance);
        Close.relative(tails.upper(), upper, tolerance);
    }

    @Test
    void endpointsAreExact() {
        assertThat(IncompleteBeta.tails(3, 4, 0, 1)).isEqualTo(new IncompleteBeta.Tails(0, 1));
        assertThat(IncompleteBeta.tails(3, 4, 1, 0)).isEqualTo(new IncompleteBeta.Tails(1, 0));
    }

    @Test
    void densityOfBetaTwoThreeMatchesTheClosedForm() {
        // Beta(2, 3) density is 12 x (1 - x)^2.
        Close.relative(IncompleteBeta.density(2, 3, 0.25, 0.75), 12 * 0.25 * 0.75 * 0.75, 1e-14);
    }
}
