package com.splitbench.stats.summary;

/**
 * The sufficient statistics of one arm (variant) for one metric. The analysis layer computes them in SQL; the
 * engine needs nothing else.
 */
public sealed interface ArmSummary permits SampleSummary, RatioSummary, CovariateSummary {

    /** Number of randomisation units (usually users) in the arm. */
    long n();
}
