package com.splitbench.analysis.result;

import com.splitbench.analysis.model.StatisticType;
import com.splitbench.spec.Direction;
import com.splitbench.spec.MetricRole;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.comparison.ComparisonResult;
import com.splitbench.stats.inference.Interval;
import java.util.Optional;

/**
 * One row of the results table: one metric in one variant (within one segment when results are broken down).
 * Control rows carry the variant's own value and no comparison. The intervals and p-values here are the ones to
 * show: sequential when the sequential view is on, widened and adjusted when a correction applies.
 *
 * @param segment the segment value, or empty for the whole experiment
 * @param users users in this metric's moments (fewer than the variant's users when a per-user table has missing
 *     values)
 * @param numerator Σy: conversions for binary metrics, the summed value for means, the numerator of a ratio
 * @param denominator users for binary and mean metrics, Σd for a ratio
 * @param mean the variant's own value (unadjusted): conversion rate, mean per user, or ratio
 * @param comparison the full comparison against control, for "explain this number"; empty on control rows
 * @param pValueAdjusted the adjusted p-value; equals the p-value when no correction applies to this row
 * @param inFamily whether this row is in the multiple-testing family (goal metric, treatment, correction on)
 */
public record ResultRow(
        String metric,
        StatisticType type,
        MetricRole role,
        Direction direction,
        String variant,
        boolean control,
        Optional<String> segment,
        long users,
        double numerator,
        double denominator,
        Outcome<Double> mean,
        Optional<ComparisonResult> comparison,
        Outcome<Double> absoluteDifference,
        Outcome<Interval> absoluteInterval,
        Outcome<Double> relativeLift,
        Outcome<Interval> relativeInterval,
        Outcome<Double> pValue,
        Outcome<Double> pValueAdjusted,
        boolean inFamily,
        Outcome<Double> chanceToWin,
        Verdict verdict) {
}
