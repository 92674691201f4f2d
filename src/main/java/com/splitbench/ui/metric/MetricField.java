package com.splitbench.ui.metric;

/** The fields of the metric editor that can carry a validation message. */
public enum MetricField {
    NAME, EVENT, FILTER, NUMERATOR, DENOMINATOR, COLUMN, COVARIATE, NUMERATOR_COLUMN, DENOMINATOR_COLUMN,
    WINDOW_START, WINDOW_LENGTH, CAPPING, CUPED, GENERAL
}
