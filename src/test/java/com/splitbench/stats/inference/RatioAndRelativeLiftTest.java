package com.splitbench.stats.inference;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.stats.Close;
import com.splitbench.stats.Sidedness;
import com.splitbench.stats.summary.RatioSummary;
import com.splitbench.stats.summary.SampleSummary;
import org.junit.jupiter.api.Test;

/**
 * Ratio metrics and relative lifts. Expected values: an independent delta-method implementation in NumPy 2.4
 * (explicit gradient times np.cov) with SciPy 1.17.1 quantiles (src/test/python/inference.py). Tolerance 1e-9.
 */
class RatioAndRelativeLiftTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void ratioDifferenceIncludesTheNumeratorDenominatorCovariance() {
        RatioSummary control = RatioSummary.ofValues(new double[] {3, 0, 7, 2, 2, 9, 1, 4, 0, 5},
                new double[] {5, 1, 9, 2, 4, 12, 3, 6, 2, 7});
        RatioSummary treatment = RatioSummary.ofValues(new double[] {4, 1, 8, 3, 2, 11, 2, 6, 1},
                new double[] {5, 2, 9, 3, 3, 12, 4, 6, 2});
        ArmEstimate c = DeltaMethodRatio.arm(control).orElseThrow();
        ArmEstimate t = DeltaMethodRatio.arm(treatment).orElseThrow();
        AbsoluteDifference result = DeltaMethodRatio.compare(c, t, 0.95, Sidedness.TWO_SIDED).orElseThrow();
        Close.relative(c.mean(), 0.6470588235294118, 1e-15);
        Close.relative(t.mean(), 0.8260869565217392, 1e-15);
        Close.relative(result.standardError(), 0.07752241443465892, TOLERANCE);
        Close.relative(result.testStatistic(), 2.3093725124263815, TOLERANCE);
        Close.relative(result.pValue(), 0.020922918990114864, TOLERANCE);
        Close.relative(result.interval().orElseThrow().lower(), 0.027086992705807916, TOLERANCE);
        Close.relative(result.interval().orElseThrow().upper(), 0.33096927327884695, TOLERANCE);
        // Treating only the numerator as random would give 0.2916: almost four times too wide.
        assertThat(result.standardError()).isLessThan(0.29158362652689385 / 3);

        RelativeLift lift = RelativeLifts.independentArms(c, t, result.reference(), 0.95, Sidedness.TWO_SIDED, "ratio")
                .orElseThrow();
        Close.relative(lift.estimate(), 0.2766798418972333, TOLERANCE);
        Close.relative(lift.standardError(), 0.1373618605393905, TOLERANCE);
        Close.relative(lift.interval().lower(), 0.007455542390614245, TOLERANCE);
        Close.relative(lift.interval().upper(), 0.5459041414038523, TOLERANCE);
    }

    @Test
    void buttonClicksConversionsPerClickFromRawSums() {
        // button_clicks_conversions.csv, conversions per click; sums by NumPy over the 10,000 users per variant.
        RatioSummary a = RatioSummary.fromSums(10_000, 270, 270, 95_172, 1_241_468, 2_550);
        RatioSummary b = RatioSummary.fromSums(10_000, 422, 422, 95_097, 1_234_149, 3_909);
        AbsoluteDifference result = DeltaMethodRatio.compare(DeltaMethodRatio.arm(a).orElseThrow(),
                DeltaMethodRatio.arm(b).orElseThrow(), 0.95, Sidedness.TWO_SIDED).orElseThrow();
        Close.relative(result.testStatistic(), 5.850951498033486, TOLERANCE);
        Close.relative(result.pValue(), 4.88768752217757e-09, TOLERANCE);
    }

    @Test
    void relativeLiftUsesTheDeltaMethodNotTheAbsoluteIntervalOverTheControlMean() {
        ArmEstimate c = WelchTTest.arm(SampleSummary.ofValues(WelchTTestTest.CONTROL)).orElseThrow();
        ArmEstimate t = WelchTTest.arm(SampleSummary.ofValues(WelchTTestTest.TREATMENT)).orElseThrow();
        AbsoluteDifference absolute = WelchTTest.compare(c, t, 0.95, Sidedness.TWO_SIDED, WelchTTest.METHOD)
                .orElseThrow();
        RelativeLift lift = RelativeLifts.independentArms(c, t, absolute.reference(), 0.95, Sidedness.TWO_SIDED,
                "Welch").orElseThrow();
        Close.relative(lift.estimate(), 0.23328335832083977, TOLERANCE);
        Close.relative(lift.standardError(), 0.06141492556514765, TOLERANCE);
        Close.relative(lift.interval().lower(), 0.10490257966911554, TOLERANCE);
        Close.relative(lift.interval().upper(), 0.361664136972564, TOLERANCE);
        // The shortcut absolute CI / control mean would give [0.1180, 0.3486].
        assertThat(Math.abs(lift.interval().lower() - 0.11796917013404913)).isGreaterThan(1e-2);
    }

    @Test
    void zeroControlMeanOrZeroDenominatorIsNotComputable() {
        ArmEstimate zero = new ArmEstimate(10, 0, 1, 0.3);
        ArmEstimate other = new ArmEstimate(10, 2, 1, 0.3);
        assertThat(RelativeLifts.independentArms(zero, other, new ReferenceDistribution.Normal(), 0.95,
                Sidedness.TWO_SIDED, "x").explanation()).contains("control mean is 0");
        assertThat(DeltaMethodRatio.arm(RatioSummary.ofValues(new double[] {1, 2}, new double[] {0, 0})).explanation())
                .contains("denominator sums to 0");
    }
}
