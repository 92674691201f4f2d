package com.splitbench.analysis.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.analysis.model.Moments;
import com.splitbench.stats.InconsistentSumsException;
import com.splitbench.stats.summary.CovariateSummary;
import com.splitbench.stats.summary.RatioSummary;
import com.splitbench.stats.summary.SampleSummary;
import org.junit.jupiter.api.Test;

/** Prefix sums of database deltas lose exact cancellation; what is rounding is repaired, nothing else. */
class SeriesRoundingTest {

    private static double[] churn(double each) {
        double[] churn = new double[Moments.WIDTH];
        java.util.Arrays.fill(churn, each);
        return churn;
    }

    @Test
    void usersWhoseValuesAllCancelledToZeroGetExactZeros() {
        // The numbers an H2 run left on day 34 since exposure: 19 users, none with revenue any more.
        double[] running = {19, 6.5e-15, -1.3642420526593924E-12, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> SampleSummary.fromSums(19, running[1], running[2]))
                .isInstanceOf(InconsistentSumsException.class);
        Moments repaired = SeriesRounding.repair(running, churn(4.0e5));
        assertThat(repaired).isEqualTo(new Moments(19, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void aSingleUserWithAValueGetsSquaresThatMatchTheSum() {
        double y = 39.99;
        double[] running = {1, y + 3e-14, y * y - 2e-10, 1, 1, y - 1e-12, 2.5, 6.25 - 1e-11, 2.5 * y + 4e-11};
        Moments repaired = SeriesRounding.repair(running, churn(5.0e3));
        SampleSummary outcome = SampleSummary.fromSums(repaired.n(), repaired.sumY(), repaired.sumY2());
        assertThat(outcome.n()).isEqualTo(1);
        RatioSummary.fromSums(repaired.n(), repaired.sumY(), repaired.sumY2(), repaired.sumD(), repaired.sumD2(),
                repaired.sumYD());
        CovariateSummary.fromSums(repaired.n(), repaired.sumY(), repaired.sumY2(), repaired.sumX(),
                repaired.sumX2(), repaired.sumXY());
        assertThat(repaired.sumY()).isEqualTo(running[1]);
    }

    @Test
    void perfectlyCorrelatedSumsPushedPastCauchySchwarzArePulledBack() {
        // y = 2x for three users x = 1, 2, 3, with the cross product a rounding hair too large.
        double[] running = {3, 12, 56, 0, 0, 0, 6, 14, 28 + 1e-9};
        Moments repaired = SeriesRounding.repair(running, churn(1.0e4));
        CovariateSummary.fromSums(repaired.n(), repaired.sumY(), repaired.sumY2(), repaired.sumX(),
                repaired.sumX2(), repaired.sumXY());
        assertThat(repaired.sumXY()).isCloseTo(28, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void consistentSumsAreLeftExactlyAsTheyAre() {
        double[] running = {4, 10.5, 40.25, 8, 20, 25, 3, 5, 9.75};
        assertThat(SeriesRounding.repair(running, churn(1.0e6))).isEqualTo(Moments.fromArray(running, 0));
        double[] empty = new double[Moments.WIDTH];
        assertThat(SeriesRounding.repair(empty, new double[Moments.WIDTH])).isEqualTo(Moments.EMPTY);
    }

    @Test
    void inconsistenciesLargerThanRoundingAreLeftForTheChecksToReport() {
        double[] running = {5, 10, 1, 0, 0, 0, 0, 0, 0};
        Moments repaired = SeriesRounding.repair(running, churn(1.0e3));
        assertThat(repaired.sumY2()).isEqualTo(1);
        assertThatThrownBy(() -> SampleSummary.fromSums(repaired.n(), repaired.sumY(), repaired.sumY2()))
                .isInstanceOf(InconsistentSumsException.class);
        double[] negative = {2, 0, -1e-3, 0, 0, 0, 0, 0, 0};
        assertThat(SeriesRounding.repair(negative, churn(10)).sumY2()).isEqualTo(-1e-3);
    }
}
