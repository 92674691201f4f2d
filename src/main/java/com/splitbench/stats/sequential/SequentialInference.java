package com.splitbench.stats.sequential;

import com.splitbench.stats.Outcome;
import com.splitbench.stats.inference.Interval;

/**
 * The always-valid view of a comparison: intervals that stay valid however often the results are looked at.
 *
 * @param absoluteInterval confidence sequence for treatment - control
 * @param relativeInterval confidence sequence for the relative lift, or why it is not defined
 * @param alwaysValidPValue the p-value that may be monitored continuously
 * @param totalUnits units in both arms (the "time" of the sequence)
 * @param tuningParameter N*, the total sample size at which the sequence is tightest
 * @param rho the mixture parameter derived from N* and alpha
 * @param method description and source
 */
public record SequentialInference(Interval absoluteInterval, Outcome<Interval> relativeInterval,
                                  double alwaysValidPValue, long totalUnits, double tuningParameter, double rho,
                                  String method) {
}
