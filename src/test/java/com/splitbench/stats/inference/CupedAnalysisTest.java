package com.splitbench.stats.inference;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.stats.Close;
import com.splitbench.stats.Sidedness;
import com.splitbench.stats.summary.CovariateSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected values: theta from np.cov over all units of both arms, then scipy.stats.ttest_ind(equal_var=False) on the
 * per-unit adjusted values y - theta (x - mean x) and a delta-method relative lift from np.cov of the control's
 * adjusted and raw values (NumPy 2.4, SciPy 1.17.1; src/test/python/inference.py, seed 20240611). Tolerance 1e-9.
 */
class CupedAnalysisTest {

    private static final double TOLERANCE = 1e-9;
    private static final CovariateSummary CONTROL = CovariateSummary.fromSums(60, 1531, 45741, 1202, 32064, 36932);
    private static final CovariateSummary TREATMENT = CovariateSummary.fromSums(50, 1395, 44437, 1046, 28136, 34440);

    @Test
    void pooledThetaAdjustedWelchAndRelativeLiftMatchAPerUnitComputation() {
        CupedTheta theta = CupedTheta.pooled(List.of(CONTROL, TREATMENT)).orElseThrow();
        Close.relative(theta.theta(), 0.8117789270740887, TOLERANCE);
        CupedAnalysis.Result result = CupedAnalysis.compare(CONTROL, TREATMENT, theta, 0.95, Sidedness.TWO_SIDED)
                .orElseThrow();
        Close.relative(result.controlArm().mean(), 25.843838173638954, TOLERANCE);
        Close.relative(result.treatmentArm().mean(), 27.50739419163326, TOLERANCE);
        AbsoluteDifference absolute = result.absolute().orElseThrow();
        Close.relative(absolute.testStatistic(), 1.7062075556366063, TOLERANCE);
        Close.relative(absolute.pValue(), 0.09084816208096011, TOLERANCE);
        Close.relative(((ReferenceDistribution.StudentT) absolute.reference()).degreesOfFreedom(), 107.82664464420262,
                TOLERANCE);
        Close.relative(absolute.interval().orElseThrow().lower(), -0.2691025705258332, TOLERANCE);
        Close.relative(absolute.interval().orElseThrow().upper(), 3.5962146065144456, TOLERANCE);
        RelativeLift lift = result.relative().orElseThrow();
        Close.relative(lift.estimate(), 0.0651948798691433, TOLERANCE);
        Close.relative(lift.standardError(), 0.03952759724020457, TOLERANCE);
        Close.relative(lift.interval().lower(), -0.013157102303407664, TOLERANCE);
        Close.relative(lift.interval().upper(), 0.14354686204169426, TOLERANCE);
        // The unadjusted Welch test on the same data has t = 1.17; CUPED removed most of the variance.
        assertThat(result.adjustment().varianceReduction()).isBetween(0.5, 1.0);
    }

    @Test
    void aCovariateWithoutVarianceCannotGiveTheta() {
        CovariateSummary flat = CovariateSummary.ofValues(new double[] {1, 4, 2}, new double[] {3, 3, 3});
        assertThat(CupedTheta.pooled(List.of(flat, flat)).explanation()).contains("no variance");
    }
}
