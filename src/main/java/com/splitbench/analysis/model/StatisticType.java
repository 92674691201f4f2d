package com.splitbench.analysis.model;

/** How a metric's per-user values are compared between variants. */
public enum StatisticType {
    /** 0/1 per user: a two-proportion z-test on the conversion rate. */
    BINARY,
    /** Any number per user: Welch's t-test on the mean per user. */
    MEAN,
    /** Σ numerator / Σ denominator: the delta method with the covariance term. */
    RATIO
}
