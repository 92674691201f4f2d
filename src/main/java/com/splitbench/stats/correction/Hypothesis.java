package com.splitbench.stats.correction;

import com.splitbench.stats.Outcome;
import com.splitbench.stats.inference.Interval;

/**
 * One member of a family: its p-value and the intervals that must agree with it after adjustment.
 *
 * @param pValue the unadjusted p-value, or why there is none (such members are left out of the family)
 * @param absoluteInterval the interval for the difference
 * @param relativeInterval the interval for the relative lift
 */
public record Hypothesis(Outcome<Double> pValue, Outcome<Interval> absoluteInterval,
                         Outcome<Interval> relativeInterval) {
}
