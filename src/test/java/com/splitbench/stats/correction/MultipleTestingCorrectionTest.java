package com.splitbench.stats.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.stats.Close;
import com.splitbench.stats.InvalidParameterException;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.Sidedness;
import com.splitbench.stats.distribution.StandardNormal;
import com.splitbench.stats.inference.Interval;
import com.splitbench.stats.inference.IntervalShape;
import com.splitbench.stats.inference.ReferenceDistribution;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Adjusted p-values: R's p.adjust algorithm (R 4.x) re-typed in Python (src/test/python/family_srm_power.py), since
 * statsmodels is not installed; the family is small enough to check by hand. Tolerance 1e-15.
 */
class MultipleTestingCorrectionTest {

    private static final double[] P = {0.01, 0.04, 0.03, 0.005, 0.2, 0.0001};
    private static final double[] HOLM = {0.04, 0.09, 0.09, 0.025, 0.2, 0.0006000000000000001};
    private static final double[] BH = {0.02, 0.048, 0.045, 0.015, 0.2, 0.0006000000000000001};

    /** A z-test whose two-sided p-value is p, with its 95% interval around an estimate of 1. */
    private static Hypothesis zTest(double p) {
        double z = StandardNormal.upperQuantile(p / 2);
        Interval interval = Interval.of(1, 1 / z, 0.95, Sidedness.TWO_SIDED,
                new IntervalShape.FixedHorizon(new ReferenceDistribution.Normal()));
        return new Hypothesis(Outcome.computed(p), Outcome.computed(interval), Outcome.computed(interval));
    }

    private static List<Hypothesis> family() {
        List<Hypothesis> family = new ArrayList<>();
        for (double p : P) {
            family.add(zTest(p));
        }
        return family;
    }

    @Test
    void holmAndBenjaminiHochbergMatchRInTheCallersOrder() {
        List<AdjustedHypothesis> holm = MultipleTestingCorrection.adjust(family(), Correction.HOLM);
        List<AdjustedHypothesis> bh = MultipleTestingCorrection.adjust(family(), Correction.BENJAMINI_HOCHBERG);
        for (int i = 0; i < P.length; i++) {
            Close.relative(holm.get(i).adjustedPValue().orElseThrow(), HOLM[i], 1e-15);
            Close.relative(bh.get(i).adjustedPValue().orElseThrow(), BH[i], 1e-15);
        }
        assertThat(holm.get(0).familySize()).isEqualTo(6);
    }

    @Test
    void widenedIntervalsExcludeZeroExactlyWhenTheAdjustedPValueIsBelowAlpha() {
        for (Correction correction : Correction.values()) {
            List<Hypothesis> family = family();
            List<AdjustedHypothesis> adjusted = MultipleTestingCorrection.adjust(family, correction);
            for (int i = 0; i < P.length; i++) {
                Interval original = family.get(i).absoluteInterval().orElseThrow();
                Interval widened = adjusted.get(i).absoluteInterval().orElseThrow();
                boolean significant = adjusted.get(i).adjustedPValue().orElseThrow() < 0.05;
                assertThat(widened.excludes(0)).as("%s member %d", correction, i).isEqualTo(significant);
                assertThat(widened.lower()).isLessThanOrEqualTo(original.lower());
                assertThat(widened.upper()).isGreaterThanOrEqualTo(original.upper());
            }
        }
    }

    @Test
    void holmWidensBySteppedBonferroniLevels() {
        // Smallest p (0.0001) is tested at alpha / 6; its interval is the 1 - 0.05/6 interval.
        AdjustedHypothesis smallest = MultipleTestingCorrection.adjust(family(), Correction.HOLM).get(5);
        Close.relative(smallest.effectiveSignificanceLevel().orElseThrow(), 0.05 / 6, 1e-12);
        Interval interval = smallest.absoluteInterval().orElseThrow();
        Close.relative(interval.upper() - interval.estimate(),
                interval.standardError() * StandardNormal.upperQuantile(0.05 / 12), 1e-12);
    }

    @Test
    void noCorrectionLeavesEverythingAsItWas() {
        List<Hypothesis> family = family();
        List<AdjustedHypothesis> none = MultipleTestingCorrection.adjust(family, Correction.NONE);
        for (int i = 0; i < P.length; i++) {
            assertThat(none.get(i).adjustedPValue().orElseThrow()).isEqualTo(P[i]);
            assertThat(none.get(i).absoluteInterval()).isEqualTo(family.get(i).absoluteInterval());
        }
    }

    @Test
    void membersWithoutAPValueStayOutOfTheFamily() {
        List<Hypothesis> family = family();
        family.add(2, new Hypothesis(Outcome.notComputable("both arms at 0%"), Outcome.notComputable("both arms at 0%"),
                Outcome.notComputable("both arms at 0%")));
        List<AdjustedHypothesis> holm = MultipleTestingCorrection.adjust(family, Correction.HOLM);
        assertThat(holm).hasSize(7);
        assertThat(holm.get(2).adjustedPValue().explanation()).contains("both arms at 0%");
        assertThat(holm.get(0).familySize()).isEqualTo(6);
        Close.relative(holm.get(3).adjustedPValue().orElseThrow(), HOLM[2], 1e-15);
    }

    @Test
    void rejectsAMissingFamily() {
        assertThatThrownBy(() -> MultipleTestingCorrection.adjust(null, Correction.HOLM))
                .isInstanceOf(InvalidParameterException.class);
    }
}
