package com.splitbench.ui.table;

/** Which way a metric should move; it decides whether a significant change is good news. */
public enum DesiredDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    /** No preference, e.g. a secondary metric watched for any change. */
    NEITHER
}
