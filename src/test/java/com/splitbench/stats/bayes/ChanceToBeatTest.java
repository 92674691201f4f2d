package com.splitbench.stats.bayes;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.stats.Close;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * P(pT &gt; pC) under Beta(1, 1) priors. Expected values: SciPy 1.17.1 scipy.integrate.quad of beta.pdf x beta.sf at
 * epsrel 1e-13, and mpmath 1.3.0 quad at 40 digits for small counts (src/test/python/bayes.py). The exact sum must
 * match them to 1e-11 relative on both P and 1 - P; the independent quadrature must match the sum to 1e-9.
 */
class ChanceToBeatTest {

    @ParameterizedTest(name = "{0}/{1} vs {2}/{3}")
    @CsvSource({
        "1000, 100, 1000, 120, 0.92318343897355975351, 0.07681656102644036",
        "44700, 8502, 45489, 8279, 0.0007773386645762328, 0.9992226613354237",
        "10, 3, 12, 4, 0.55552564275137972809, 0.4444743572486202",
        "20, 0, 20, 20, 0.99999999999814215444, 1.857845555980753e-12",
        "100000000, 10000000, 100000000, 10003000, 0.7602352886506968, 0.2397647113493032",
        "100000000, 100, 100000000, 130, 0.9759185378197773, 0.024081462180222633",
        "10000, 1000, 10000, 700, 1.244995533891224e-14, 0.9999999999999876",
    })
    void exactSumMatchesHighPrecisionIntegration(long nc, long cc, long nt, long ct, double treatmentBetter,
                                                 double controlBetter) {
        ChanceToBeat.Probabilities exact = ChanceToBeat.exact(BetaPosterior.withUniformPrior(nc, cc),
                BetaPosterior.withUniformPrior(nt, ct));
        Close.relative(exact.treatmentBetter(), treatmentBetter, 1e-11);
        Close.relative(exact.controlBetter(), controlBetter, 1e-11);
    }

    @ParameterizedTest(name = "{0}/{1} vs {2}/{3}")
    @CsvSource({
        "1000, 100, 1000, 120",
        "44700, 8502, 45489, 8279",
        "10, 3, 12, 4",
        "100000000, 10000000, 100000000, 10003000",
        "100000000, 100, 100000000, 130",
        "10000, 1000, 10000, 700",
    })
    void quadratureAndExactSumAgree(long nc, long cc, long nt, long ct) {
        BetaPosterior control = BetaPosterior.withUniformPrior(nc, cc);
        BetaPosterior treatment = BetaPosterior.withUniformPrior(nt, ct);
        ChanceToBeat.Probabilities exact = ChanceToBeat.exact(control, treatment);
        ChanceToBeat.Probabilities quadrature = ChanceToBeat.byQuadrature(control, treatment);
        Close.relative(quadrature.treatmentBetter(), exact.treatmentBetter(), 1e-9);
        Close.relative(quadrature.controlBetter(), exact.controlBetter(), 1e-9);
    }

    @Test
    void matchesTheTextbookFiniteSumForSmallCounts() {
        // Evan Miller's formula evaluated term by term from i = 0 with log-beta functions.
        long[][] cases = {{10, 3, 12, 4}, {30, 10, 25, 11}, {5, 0, 7, 7}, {60, 2, 50, 9}};
        for (long[] c : cases) {
            double aC = 1 + c[1];
            double bC = 1 + c[0] - c[1];
            double aT = 1 + c[3];
            double bT = 1 + c[2] - c[3];
            double textbook = 0;
            for (int i = 0; i < aT; i++) {
                textbook += Math.exp(Beta.logBeta(aC + i, bC + bT) - Math.log(bT + i) - Beta.logBeta(1 + i, bT)
                        - Beta.logBeta(aC, bC));
            }
            ChanceToBeat.Probabilities exact = ChanceToBeat.exact(new BetaPosterior(aC, bC), new BetaPosterior(aT, bT));
            Close.relative(exact.treatmentBetter(), textbook, 1e-12);
        }
    }

    @Test
    void closedFormsHold() {
        // Beta(1, 2) against Beta(2, 1): P = 5/6. Identical posteriors: 1/2 by symmetry.
        Close.relative(ChanceToBeat.exact(BetaPosterior.withUniformPrior(1, 0), BetaPosterior.withUniformPrior(1, 1))
                .treatmentBetter(), 5.0 / 6, 1e-15);
        ChanceToBeat.Probabilities same = ChanceToBeat.exact(BetaPosterior.withUniformPrior(100_000_000L, 3_000_000L),
                BetaPosterior.withUniformPrior(100_000_000L, 3_000_000L));
        Close.relative(same.treatmentBetter(), 0.5, 1e-13);
        Close.absolute(same.treatmentBetter() + same.controlBetter(), 1, 1e-15);
    }

    @Test
    void tailsNearOneHundredPercentConversionStayExact() {
        // Both arms near 100%: the forms with few failures are summed. Reference: the four equivalent forms agree.
        BetaPosterior control = BetaPosterior.withUniformPrior(100_000_000L, 99_999_990L);
        BetaPosterior treatment = BetaPosterior.withUniformPrior(100_000_000L, 99_999_999L);
        ChanceToBeat.Probabilities forward = ChanceToBeat.exact(control, treatment);
        ChanceToBeat.Probabilities backward = ChanceToBeat.exact(treatment, control);
        Close.relative(forward.treatmentBetter(), backward.controlBetter(), 1e-13);
        Close.relative(forward.controlBetter(), 0.0031738273999023935, 1e-9);
    }
}
