package com.splitbench.ui.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void aSignificantRiseInAHigherIsBetterMetricIsAnImprovement() {
        assertThat(Verdict.of(0.02, true, DesiredDirection.HIGHER_IS_BETTER)).isEqualTo(Verdict.IMPROVEMENT);
        assertThat(Verdict.of(-0.02, true, DesiredDirection.HIGHER_IS_BETTER)).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void aSignificantDropInALowerIsBetterMetricIsAnImprovement() {
        assertThat(Verdict.of(-0.4, true, DesiredDirection.LOWER_IS_BETTER)).isEqualTo(Verdict.IMPROVEMENT);
        assertThat(Verdict.of(0.4, true, DesiredDirection.LOWER_IS_BETTER)).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void aSignificantChangeWithoutAPreferredDirectionIsJustAChange() {
        assertThat(Verdict.of(0.1, true, DesiredDirection.NEITHER)).isEqualTo(Verdict.CHANGE);
    }

    @Test
    void anythingNotSignificantIsInconclusive() {
        assertThat(Verdict.of(0.3, false, DesiredDirection.HIGHER_IS_BETTER)).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(Verdict.of(Double.NaN, true, DesiredDirection.HIGHER_IS_BETTER)).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(Verdict.of(0, true, DesiredDirection.LOWER_IS_BETTER)).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void anIntervalCopiesAsThreeColumns() {
        IntervalEstimate lift = new IntervalEstimate(0.02, 0.01, 0.03, true, DesiredDirection.HIGHER_IS_BETTER);

        assertThat(lift.tsvHeaders("Lift")).containsExactly("Lift", "Lift CI low", "Lift CI high");
        assertThat(lift.tsvValues()).containsExactly(0.02, 0.01, 0.03);
        assertThat(lift.verdict()).isEqualTo(Verdict.IMPROVEMENT);
    }

    @Test
    void anIntervalMustNotBeUpsideDown() {
        assertThatThrownBy(() -> new IntervalEstimate(0, 0.5, 0.1, false, DesiredDirection.NEITHER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSharedAxisCoversEveryIntervalAndZeroWithRoom() {
        CiAxis axis = CiAxis.covering(List.of(
                new IntervalEstimate(0.05, 0.02, 0.08, true, DesiredDirection.HIGHER_IS_BETTER),
                new IntervalEstimate(0.01, -0.02, 0.04, false, DesiredDirection.HIGHER_IS_BETTER)));

        assertThat(axis.min()).isCloseTo(-0.02 - 0.005, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(axis.max()).isCloseTo(0.08 + 0.005, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(axis.fraction(0)).isBetween(0.0, 1.0);
    }

    @Test
    void theSharedAxisIncludesZeroEvenWhenAllIntervalsArePositive() {
        CiAxis axis = CiAxis.covering(List.of(
                new IntervalEstimate(3, 2, 4, true, DesiredDirection.HIGHER_IS_BETTER)));

        assertThat(axis.min()).isLessThan(0);
        assertThat(axis.fraction(0)).isCloseTo(0.2 / 4.4, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void theSharedAxisIgnoresInfiniteAndMissingBoundsAndClampsThem() {
        CiAxis axis = CiAxis.covering(List.of(
                new IntervalEstimate(0.5, Double.NEGATIVE_INFINITY, 1, false, DesiredDirection.NEITHER),
                new IntervalEstimate(Double.NaN, Double.NaN, Double.NaN, false, DesiredDirection.NEITHER)));

        assertThat(axis.fraction(Double.NEGATIVE_INFINITY)).isEqualTo(0);
        assertThat(axis.fraction(99)).isEqualTo(1);
        assertThat(axis.fraction(Double.NaN)).isNaN();
        assertThat(CiAxis.covering(List.of())).isEqualTo(new CiAxis(-1, 1));
    }
}
