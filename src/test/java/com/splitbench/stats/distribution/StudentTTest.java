package com.splitbench.stats.distribution;

import com.splitbench.stats.Close;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected tails: mpmath 1.3.0 betainc at 50 digits; quantiles: SciPy 1.17.1 scipy.stats.t.isf
 * (src/test/python/distributions.py). Tolerance 1e-13 relative (1e-12 at t = 20, whose square alone carries
 * 4.4e-14 relative rounding).
 */
class StudentTTest {

    private static final double[] T = {0.5, 2, 5, 10, 20};

    @ParameterizedTest
    @CsvSource({
        "3, 0.32572398242407549722, 0.069662984279421588424, 0.0076962190366511504933, 0.0010641995292070750287, "
            + "0.00013660162512365586012",
        "10, 0.31394680287148647135, 0.036694017385370182809, 0.00026866680137822630854, "
            + "7.9477658779820597717e-7, 1.0730311586021259057e-9",
        "1000, 0.30859254041693740732, 0.022885173246625820024, 3.3836281823243151909e-7, "
            + "8.3353514793000331542e-23, 2.0311442497623856569e-75",
        "100000, 0.30853808882720901947, 0.022751481728753231625, 2.8713508393208364266e-7, "
            + "7.816507650103639002e-24, 4.1117469553271810757e-89",
        "100000000, 0.30853753927608896858, 0.022750133297953376441, 2.8665205506336430084e-7, "
            + "7.6200473151239207228e-24, 2.7547312883288967452e-89",
    })
    void survivalIsExactForSmallAndHugeDegreesOfFreedom(double df, double at05, double at2, double at5, double at10,
                                                        double at20) {
        double[] expected = {at05, at2, at5, at10, at20};
        for (int i = 0; i < T.length; i++) {
            Close.relative(StudentT.survival(T[i], df), expected[i], T[i] >= 20 ? 1e-12 : 1e-13);
            Close.relative(StudentT.cdf(-T[i], df), expected[i], T[i] >= 20 ? 1e-12 : 1e-13);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "0.025, 1e8, 1.9599640082627667",
        "0.025, 3.7, 2.8675207071911903",
        "1e-10, 1, 3183098861.8379064",
        "0.05, 12.5, 1.776366221247031",
        "1e-20, 150000, 9.263680065582406",
    })
    void upperQuantileMatchesScipy(double q, double df, double expected) {
        Close.relative(StudentT.upperQuantile(q, df), expected, 1e-13);
    }

    @Test
    void infiniteDegreesOfFreedomIsTheNormal() {
        Close.relative(StudentT.survival(5, Double.POSITIVE_INFINITY), 2.866515718791933e-07, 1e-13);
    }
}
