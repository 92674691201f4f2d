package com.splitbench.stats.bayes;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.stats.Close;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Expected values: the closed forms with SciPy 1.17.1 scipy.stats.norm for means, chances and intervals, and
 * mpmath 1.3.0 at 40 digits for the losses (SciPy's phi(z) - z sf(z) itself cancels at z = 15)
 * (src/test/python/bayes.py). Tolerance 1e-12 relative.
 */
class GaussianLiftModelTest {

    @ParameterizedTest
    @CsvSource({
        "0.05, 0.02, 0, 0.05, 0.02, 0.9937903346742238, 0.006209665325776132, 0.000040082743582563978957, "
            + "0.050040082743582566755, 0.01080072030919891, 0.0891992796908011",
        "0.05, 0.02, 0.03, 0.03461538461538462, 0.016641005886756873, 0.98124299919223, 0.018757000807770003, "
            + "0.00011369406963780958025, 0.034729078685022425655, 0.0019996124108221103, 0.06723115681994712",
        "-0.01, 0.004, 0, -0.01, 0.004, 0.006209665325776132, 0.9937903346742238, 0.010008016548716513006, "
            + "8.0165487165127979457e-6, -0.017839855938160218, -0.0021601440618397826",
        "0.3, 0.02, 0, 0.3, 0.02, 1.0, 3.6709661993126986e-51, 4.8520501750580298786e-54, 0.2999999999999999889, "
            + "0.2608007203091989, 0.3391992796908011",
    })
    void posteriorChanceLossesAndIntervalMatchTheClosedForms(double estimate, double se, double priorSd, double mean,
                                                             double sd, double chance, double controlBetter,
                                                             double lossShip, double lossKeep, double lower,
                                                             double upper) {
        GaussianPrior prior = priorSd == 0 ? GaussianPrior.flat() : GaussianPrior.proper(priorSd);
        GaussianLiftInference result = (GaussianLiftInference) GaussianLiftModel.analyse(estimate, se, prior, 0.95)
                .orElseThrow();
        Close.relative(result.posteriorMean(), mean, 1e-14);
        Close.relative(result.posteriorStandardDeviation(), sd, 1e-14);
        Close.relative(result.chanceToBeatControl(), chance, 1e-12);
        Close.relative(result.chanceControlIsBetter(), controlBetter, 1e-12);
        Close.relative(result.expectedLossIfTreatmentShipped(), lossShip, 1e-12);
        Close.relative(result.expectedLossIfControlKept(), lossKeep, 1e-12);
        Close.relative(result.relativeLift().lower(), lower, 1e-12);
        Close.relative(result.relativeLift().upper(), upper, 1e-12);
    }

    @Test
    void zeroStandardErrorIsNotComputable() {
        assertThat(GaussianLiftModel.analyse(0.1, 0, GaussianPrior.flat(), 0.95).isComputed()).isFalse();
    }
}
