package com.splitbench.stats.srm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.stats.Close;
import com.splitbench.stats.InvalidParameterException;
import com.splitbench.stats.NegativeCountException;
import org.junit.jupiter.api.Test;

/** Expected values: SciPy 1.17.1 scipy.stats.chisquare (src/test/python/family_srm_power.py). Tolerance 1e-12. */
class SampleRatioMismatchTest {

    @Test
    void cookieCatsSplitIsNotFlaggedAtOneInAThousand() {
        // cookie_cats.csv: 44,700 in gate_30 and 45,489 in gate_40 on a 50/50 design.
        SrmResult result = SampleRatioMismatch.test(new long[] {44_700, 45_489}, new double[] {1, 1}).orElseThrow();
        Close.relative(result.chiSquare(), 6.9024049496058275, 1e-12);
        Close.relative(result.pValue(), 0.008607987810836262, 1e-12);
        assertThat(result.degreesOfFreedom()).isEqualTo(1);
        assertThat(result.flagged()).isFalse();
        assertThat(result.expected()).containsExactly(45_094.5, 45_094.5);
        // At a 1% threshold the same split is flagged.
        assertThat(SampleRatioMismatch.test(new long[] {44_700, 45_489}, new double[] {1, 1}, 0.01).orElseThrow()
                .flagged()).isTrue();
    }

    @Test
    void unequalAndMultiArmWeights() {
        SrmResult tenNinety = SampleRatioMismatch.test(new long[] {1_020, 8_980}, new double[] {10, 90}).orElseThrow();
        Close.relative(tenNinety.chiSquare(), 0.4444444444444445, 1e-12);
        Close.relative(tenNinety.pValue(), 0.5049850750938457, 1e-12);
        SrmResult threeArms = SampleRatioMismatch.test(new long[] {2_510, 2_490, 5_150}, new double[] {0.25, 0.25, 0.5})
                .orElseThrow();
        Close.relative(threeArms.chiSquare(), 2.2955665024630543, 1e-12);
        Close.relative(threeArms.pValue(), 0.3173394520954035, 1e-12);
        assertThat(threeArms.degreesOfFreedom()).isEqualTo(2);
    }

    @Test
    void largeMismatchIsFlaggedWithATinyPValue() {
        SrmResult result = SampleRatioMismatch.test(new long[] {50_000, 48_000}, new double[] {1, 1}).orElseThrow();
        Close.relative(result.pValue(), 1.6723011081609717e-10, 1e-12);
        assertThat(result.flagged()).isTrue();
    }

    @Test
    void noUnitsYetIsNotComputableAndBadInputIsRejected() {
        assertThat(SampleRatioMismatch.test(new long[] {0, 0}, new double[] {1, 1}).explanation()).contains("No units");
        assertThatThrownBy(() -> SampleRatioMismatch.test(new long[] {5, -1}, new double[] {1, 1}))
                .isInstanceOf(NegativeCountException.class);
        assertThatThrownBy(() -> SampleRatioMismatch.test(new long[] {5, 6}, new double[] {1, 0}))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> SampleRatioMismatch.test(new long[] {5}, new double[] {1}))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> SampleRatioMismatch.test(new long[] {5, 6}, new double[] {1, 1, 1}))
                .isInstanceOf(InvalidParameterException.class);
    }
}
