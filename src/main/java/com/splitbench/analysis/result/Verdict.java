package com.splitbench.analysis.result;

/**
 * What a comparison means for the decision, taking the metric's desired direction into account: a significant
 * drop in a lower-is-better metric is {@link #BETTER}.
 */
public enum Verdict {
    /** Significant, in the desired direction. */
    BETTER,
    /** Significant, against the desired direction. */
    WORSE,
    /** The interval includes no change. */
    INCONCLUSIVE,
    /** No test could be computed (too few users, no variance, ...). */
    NOT_COMPUTABLE,
    /** The control row: nothing to compare. */
    BASELINE
}
