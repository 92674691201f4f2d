package com.splitbench.stats.bayes;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.stats.Close;
import com.splitbench.stats.summary.SampleSummary;
import org.junit.jupiter.api.Test;

/**
 * Expected values: SciPy 1.17.1 scipy.stats.beta.ppf for the arms; scipy.integrate.quad with optimize.brentq for
 * the difference and lift quantiles; scipy.integrate.quad of E[(x - pT)+] for the losses
 * (src/test/python/bayes.py). Tolerance 1e-9 relative.
 */
class BetaBinomialModelTest {

    private static BetaBinomialInference analyse(long nc, long cc, long nt, long ct) {
        return (BetaBinomialInference) BetaBinomialModel.analyse(SampleSummary.ofConversions(nc, cc),
                SampleSummary.ofConversions(nt, ct), 0.95).orElseThrow();
    }

    @Test
    void cookieCatsCredibleIntervalsAndLossesMatchScipy() {
        BetaBinomialInference result = analyse(44_700, 8_502, 45_489, 8_279);
        Close.relative(result.chanceToBeatControl(), 0.0007773386645762328, 1e-11);
        Close.relative(result.controlRate().lower(), 0.18659016021785566, 1e-9);
        Close.relative(result.controlRate().upper(), 0.19386650058394414, 1e-9);
        Close.relative(result.treatmentRate().lower(), 0.17848156884862693, 1e-9);
        Close.relative(result.treatmentRate().upper(), 0.18557296329590953, 1e-9);
        Close.relative(result.absoluteDifference().lower(), -0.013281711160118635, 1e-9);
        Close.relative(result.absoluteDifference().upper(), -0.003121210070438787, 1e-9);
        Close.relative(result.relativeLift().lower(), -0.06889021376898027, 1e-9);
        Close.relative(result.relativeLift().upper(), -0.016634010795454724, 1e-9);
        Close.relative(result.expectedLossIfTreatmentShipped(), 0.008201725960210914, 1e-9);
        Close.relative(result.expectedLossIfControlKept(), 5.478131606408379e-07, 1e-8);
    }

    @Test
    void smallArmsHaveSkewedIntervals() {
        BetaBinomialInference result = analyse(1_000, 100, 1_000, 120);
        Close.relative(result.absoluteDifference().lower(), -0.00747069270756094, 1e-9);
        Close.relative(result.absoluteDifference().upper(), 0.047469692724238934, 1e-9);
        Close.relative(result.relativeLift().lower(), -0.06536043211098312, 1e-9);
        Close.relative(result.relativeLift().upper(), 0.5408381930997941, 1e-9);
        Close.relative(result.expectedLossIfTreatmentShipped(), 0.00048461392635644945, 1e-9);
        Close.relative(result.expectedLossIfControlKept(), 0.020444693766675816, 1e-9);
        // E[pT - pC] = loss of keeping - loss of shipping, exactly.
        double meanDifference = result.treatment().mean() - result.control().mean();
        Close.relative(result.expectedLossIfControlKept() - result.expectedLossIfTreatmentShipped(), meanDifference,
                1e-12);
    }

    @Test
    void liftIntervalExcludesZeroExactlyWhenTheChanceToBeatIsBeyondTheTails() {
        BetaBinomialInference result = analyse(1_000, 100, 1_000, 120);
        // Chance 0.923 < 0.975: the 95% interval contains 0; at 0.92 credibility its tail 0.04 is below 1 - 0.923.
        assertThat(result.relativeLift().lower()).isNegative();
        BetaBinomialInference strong = analyse(44_700, 8_502, 45_489, 8_279);
        assertThat(strong.chanceControlIsBetter()).isGreaterThan(0.975);
        assertThat(strong.relativeLift().upper()).isNegative();
    }

    @Test
    void liftIntervalNearOneHundredPercentKeepsItsDigits() {
        // 10^8 of 10^8 against 10^8 - 1 of 10^8: the lift lives at 1e-8, where 1 - x formed from x keeps eight
        // digits. Expected: mpmath 1.3.0 at 40 digits on the failure-rate form (src/test/python/bayes_extreme.py);
        // the upper bound is ln(10) / N to O(1/N), as the exponential limit predicts. Tolerance 1e-9 relative.
        BetaBinomialInference result = analyse(100_000_000L, 100_000_000L, 100_000_000L, 99_999_999L);
        Close.relative(result.relativeLift().lower(), -4.8430997205529339752e-8, 1e-9);
        Close.relative(result.relativeLift().upper(), 2.3025850914776851574e-8, 1e-9);
        Close.relative(result.chanceToBeatControl(), 0.25, 1e-7);
    }

    @Test
    void anEmptyArmIsNotComputable() {
        assertThat(BetaBinomialModel.analyse(SampleSummary.ofConversions(0, 0), SampleSummary.ofConversions(10, 3),
                0.95).explanation()).contains("no units");
    }
}
