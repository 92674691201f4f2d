package com.splitbench.spec;

/** Which way a metric should move for the treatment to be better. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
