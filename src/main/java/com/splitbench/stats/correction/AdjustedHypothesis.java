package com.splitbench.stats.correction;

import com.splitbench.stats.Outcome;
import com.splitbench.stats.inference.Interval;

/**
 * A family member after correction.
 *
 * @param correction the procedure
 * @param familySize the number of members with a p-value
 * @param adjustedPValue the adjusted p-value
 * @param effectiveSignificanceLevel the per-test level alpha p / p-adjusted at which the intervals are drawn
 * @param absoluteInterval the widened interval for the difference
 * @param relativeInterval the widened interval for the relative lift
 */
public record AdjustedHypothesis(Correction correction, int familySize, Outcome<Double> adjustedPValue,
                                 Outcome<Double> effectiveSignificanceLevel, Outcome<Interval> absoluteInterval,
                                 Outcome<Interval> relativeInterval) {
}
