package com.splitbench.stats.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.stats.Close;
import com.splitbench.stats.InvalidParameterException;
import com.splitbench.stats.Sidedness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected values: R's power.prop.test equation (strict = FALSE) solved with SciPy 1.17.1 optimize.brentq, and the
 * closed forms for means with scipy.stats.norm (src/test/python/family_srm_power.py). Tolerance 1e-10 relative.
 */
class PowerTest {

    @ParameterizedTest
    @CsvSource({
        "0.10, 0.11, 14750.790469044958, 0.6355979977033882",
        "0.19, 0.18, 23667.11786793427, 0.444751963048002",
        "0.01, 0.0105, 637009.9758618298, 0.05381361700072965",
    })
    void proportionSampleSizeAndPowerMatchTheRForm(double p1, double p2, double n, double powerAt10000) {
        SampleSize size = ProportionPower.sampleSizePerArm(p1, p2, 0.05, 0.8, Sidedness.TWO_SIDED);
        Close.relative(size.exact(), n, 1e-10);
        assertThat(size.perArm()).isEqualTo((long) Math.ceil(n));
        Close.relative(ProportionPower.power(p1, p2, 10_000, 0.05, Sidedness.TWO_SIDED), powerAt10000, 1e-10);
    }

    @Test
    void oneSidedNeedsFewerUnits() {
        Close.relative(ProportionPower.sampleSizePerArm(0.10, 0.11, 0.05, 0.8, Sidedness.GREATER).exact(),
                11619.069936521035, 1e-10);
    }

    @Test
    void proportionMinimumDetectableEffectInvertsTheSampleSize() {
        var mde = ProportionPower.minimumDetectableEffect(0.10, 20_000, 0.05, 0.8, Sidedness.TWO_SIDED).orElseThrow();
        Close.relative(mde.absolute(), 0.008562086348993414, 1e-9);
        Close.relative(mde.relative(), 0.08562086348993414, 1e-9);
        assertThat(ProportionPower.minimumDetectableEffect(0.5, 2, 0.05, 0.99, Sidedness.TWO_SIDED).isComputed())
                .isFalse();
    }

    @Test
    void meansSampleSizePowerAndMinimumDetectableEffect() {
        Close.relative(MeanPower.sampleSizePerArm(2, 0.1, 0.05, 0.8, Sidedness.TWO_SIDED).exact(), 6279.103787479273,
                1e-12);
        Close.relative(MeanPower.power(2, 0.1, 5_000, 0.05, Sidedness.TWO_SIDED), 0.705413902442457, 1e-12);
        Close.relative(MeanPower.minimumDetectableEffect(2, 10, 5_000, 0.05, 0.8, Sidedness.TWO_SIDED).absolute(),
                0.11206340872451875, 1e-12);
    }

    @Test
    void daysRemainingFollowsTheSlowestArm() {
        assertThat(DaysRemaining.estimate(10_000, new long[] {6_000, 5_000}, new double[] {1_000, 800}).orElseThrow())
                .isEqualTo(7);
        assertThat(DaysRemaining.estimate(10_000, new long[] {10_000, 12_000}, new double[] {0, 0}).orElseThrow())
                .isZero();
        assertThat(DaysRemaining.estimate(10_000, new long[] {6_000, 5_000}, new double[] {1_000, 0}).explanation())
                .contains("no traffic");
    }

    @Test
    void rejectsImpossibleDesigns() {
        assertThatThrownBy(() -> ProportionPower.sampleSizePerArm(0.1, 0.1, 0.05, 0.8, Sidedness.TWO_SIDED))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> ProportionPower.sampleSizePerArm(0, 0.1, 0.05, 0.8, Sidedness.TWO_SIDED))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> MeanPower.sampleSizePerArm(2, 0.1, 0.05, 1.0, Sidedness.TWO_SIDED))
                .isInstanceOf(InvalidParameterException.class);
    }
}
