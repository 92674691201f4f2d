package com.splitbench.stats.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.stats.Close;
import com.splitbench.stats.InconsistentSumsException;
import com.splitbench.stats.InvalidParameterException;
import org.junit.jupiter.api.Test;

/** Ratio and covariate summaries: raw sums and per-unit values give the same centred moments. */
class PairedSummariesTest {

    private static final double[] NUMERATOR = {3, 0, 7, 2, 2, 9, 1};
    private static final double[] DENOMINATOR = {5, 1, 9, 2, 4, 12, 3};

    @Test
    void rawSumsAndValuesAgree() {
        RatioSummary fromValues = RatioSummary.ofValues(NUMERATOR, DENOMINATOR);
        RatioSummary fromSums = RatioSummary.fromSums(7, 24, 148, 36, 280, 201);
        assertThat(fromSums.sumNumerator()).isEqualTo(24);
        // Centred moments by hand: S_yy = 148 - 24^2/7, S_xx = 280 - 36^2/7, S_xy = 201 - 24*36/7. Tolerance 1e-14.
        Close.relative(fromSums.numeratorSquaredDeviations(), 148 - 576 / 7.0, 1e-14);
        Close.relative(fromSums.denominatorSquaredDeviations(), 280 - 1296 / 7.0, 1e-14);
        Close.relative(fromSums.crossDeviations(), 201 - 864 / 7.0, 1e-14);
        Close.relative(fromValues.crossDeviations(), fromSums.crossDeviations(), 1e-14);
        Close.relative(fromValues.denominatorSquaredDeviations(), fromSums.denominatorSquaredDeviations(), 1e-14);
    }

    @Test
    void covariateSummaryExposesOutcomeAndCovariate() {
        CovariateSummary summary = CovariateSummary.ofValues(NUMERATOR, DENOMINATOR);
        assertThat(summary.outcome().n()).isEqualTo(7);
        assertThat(summary.outcome().sum()).isEqualTo(24);
        assertThat(summary.covariate().sum()).isEqualTo(36);
    }

    @Test
    void rejectsCrossMomentsBeyondCauchySchwarz() {
        // S_yy = S_xx = 1 but S_xy = 2 is impossible.
        assertThatThrownBy(() -> new RatioSummary(5, 1, 1, 1, 1, 2)).isInstanceOf(InconsistentSumsException.class);
        assertThatThrownBy(() -> RatioSummary.ofValues(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(InvalidParameterException.class);
    }
}
