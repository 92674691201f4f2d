package com.splitbench.stats.correction;

import com.splitbench.stats.InvalidParameterException;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.inference.Interval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Holm and Benjamini-Hochberg adjusted p-values over a family the caller chooses, with intervals widened to agree.
 *
 * <p>Adjusted p-values follow R's {@code p.adjust} (R 4.x, methods "holm" and "BH"): sorted p-values p_(1) &le; ...
 * &le; p_(m); Holm takes the running maximum of (m - k + 1) p_(k), Benjamini-Hochberg the running minimum, from the
 * top, of (m / k) p_(k), both capped at 1.
 *
 * <p>Intervals: each member's interval is redrawn at the per-test level alpha' = alpha p / p-adjusted, the level the
 * procedure effectively applies to it (for Bonferroni this is the classic alpha / m; for Holm it is alpha over the
 * step's multiplier; for Benjamini-Hochberg, alpha k / m). An interval drawn by the same test that produced the
 * p-value then excludes 0 exactly when the adjusted p-value is below alpha. GrowthBook instead backs out a standard
 * error from the adjusted p-value, which leaves the interval undefined when p-adjusted = 1; Eppo corrects intervals
 * only with a (preferential) Bonferroni split. See docs/decisions/0002-statistics-conventions.md.
 */
public final class MultipleTestingCorrection {

    private MultipleTestingCorrection() {
    }

    /**
     * Adjusts a family. The result has one entry per member, in the same order.
     *
     * @throws InvalidParameterException if the family or correction is null
     */
    public static List<AdjustedHypothesis> adjust(List<Hypothesis> family, Correction correction) {
        if (family == null || correction == null) {
            throw new InvalidParameterException("family and correction are required.");
        }
        List<Integer> tested = new ArrayList<>();
        for (int i = 0; i < family.size(); i++) {
            if (family.get(i).pValue().isComputed()) {
                tested.add(i);
            }
        }
        int m = tested.size();
        double[] adjusted = new double[family.size()];
        double[] multiplier = new double[family.size()];
        Integer[] order = tested.toArray(new Integer[0]);
        Arrays.sort(order, Comparator.comparingDouble(i -> family.get(i).pValue().orElseThrow()));
        fill(family, correction, order, adjusted, multiplier);
        List<AdjustedHypothesis> result = new ArrayList<>(family.size());
        for (int i = 0; i < family.size(); i++) {
            Hypothesis member = family.get(i);
            if (!member.pValue().isComputed()) {
                String reason = "No p-value, so this comparison is not part of the family: "
                        + member.pValue().explanation();
                result.add(new AdjustedHypothesis(correction, m, Outcome.notComputable(reason),
                        Outcome.notComputable(reason), member.absoluteInterval(), member.relativeInterval()));
                continue;
            }
            double p = member.pValue().orElseThrow();
            // The ratio alpha'/alpha = p / p-adjusted; for p = 0 (underflow) use the step's multiplier directly.
            double shrink = correction == Correction.NONE ? 1 : p > 0 ? p / adjusted[i] : 1 / multiplier[i];
            result.add(new AdjustedHypothesis(correction, m, Outcome.computed(adjusted[i]),
                    member.absoluteInterval().map(interval -> interval.significanceLevel() * Math.min(1, shrink)),
                    member.absoluteInterval().map(interval -> widen(interval, shrink)),
                    member.relativeInterval().map(interval -> widen(interval, shrink))));
        }
        return result;
    }

    private static void fill(List<Hypothesis> family, Correction correction, Integer[] order, double[] adjusted,
                             double[] multiplier) {
        int m = order.length;
        if (correction == Correction.HOLM) {
            double running = 0;
            for (int k = 0; k < m; k++) {
                int i = order[k];
                multiplier[i] = m - k;
                running = Math.max(running, Math.min(1, multiplier[i] * family.get(i).pValue().orElseThrow()));
                adjusted[i] = running;
            }
        } else if (correction == Correction.BENJAMINI_HOCHBERG) {
            double running = 1;
            for (int k = m - 1; k >= 0; k--) {
                int i = order[k];
                multiplier[i] = (double) m / (k + 1);
                running = Math.min(running, Math.min(1, multiplier[i] * family.get(i).pValue().orElseThrow()));
                adjusted[i] = running;
            }
        } else {
            for (int i : order) {
                multiplier[i] = 1;
                adjusted[i] = family.get(i).pValue().orElseThrow();
            }
        }
    }

    private static Interval widen(Interval interval, double shrink) {
        return shrink >= 1 ? interval : interval.atSignificanceLevel(interval.significanceLevel() * shrink);
    }
}
