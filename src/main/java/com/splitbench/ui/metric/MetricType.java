package com.splitbench.ui.metric;

import com.splitbench.spec.MetricKind;

/** The kinds of metric the editor offers, with what each needs. */
public enum MetricType {
    BINARY("Conversion (has an event)"),
    COUNT("Count of events per user"),
    MEAN("Summed value per user"),
    RATIO("Ratio of two sums"),
    COLUMN("Column of a per-user table"),
    COLUMN_RATIO("Ratio of two columns");

    private final String label;

    MetricType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether it is measured from events (and so has a window and a pre-exposure CUPED covariate). */
    public boolean fromEvents() {
        return this == BINARY || this == COUNT || this == MEAN || this == RATIO;
    }

    public static MetricType of(MetricKind kind) {
        if (kind instanceof MetricKind.Binary) {
            return BINARY;
        }
        if (kind instanceof MetricKind.Count) {
            return COUNT;
        }
        if (kind instanceof MetricKind.Mean) {
            return MEAN;
        }
        if (kind instanceof MetricKind.Ratio) {
            return RATIO;
        }
        return kind instanceof MetricKind.Column ? COLUMN : COLUMN_RATIO;
    }

    @Override
    public String toString() {
        return label;
    }
}
