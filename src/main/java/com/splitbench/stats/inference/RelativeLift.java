package com.splitbench.stats.inference;

/**
 * The relative lift (treatment - control) / |control| with its delta-method standard error and interval.
 *
 * @param estimate the relative lift, 0.05 meaning +5%
 * @param standardError delta-method standard error
 * @param baseline the control mean in the denominator (unadjusted under CUPED)
 * @param interval the interval, z-based for proportions and ratios, Welch-t-based for means
 * @param method the method's name and conventions
 */
public record RelativeLift(double estimate, double standardError, double baseline, Interval interval,
                           String method) {
}
