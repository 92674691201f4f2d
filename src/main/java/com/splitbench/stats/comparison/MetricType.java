package com.splitbench.stats.comparison;

/** The kind of metric, which decides the test and its conventions. */
public enum MetricType {
    /** 0/1 per unit: two-proportion z-test, beta-binomial Bayesian view. Input: SampleSummary (or CovariateSummary). */
    BINARY,
    /** A number per unit: Welch's t-test, Gaussian Bayesian view. Input: SampleSummary (or CovariateSummary). */
    MEAN,
    /** Sum of numerator over sum of denominator: delta method. Input: RatioSummary. */
    RATIO
}
