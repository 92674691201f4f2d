package com.splitbench.ui.workspace;

import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;

/** Short words for what a metric measures, for the sidebar's detail line. */
public final class MetricDescriptions {

    private MetricDescriptions() {
    }

    /** e.g. "binary · purchase", "ratio · purchase / session", "column · revenue". */
    public static String kind(MetricDefinition metric) {
        MetricKind kind = metric.kind();
        if (kind instanceof MetricKind.Binary binary) {
            return "binary · " + binary.eventType();
        }
        if (kind instanceof MetricKind.Count count) {
            return "count · " + count.eventType();
        }
        if (kind instanceof MetricKind.Mean mean) {
            return "mean · " + mean.eventType();
        }
        if (kind instanceof MetricKind.Ratio ratio) {
            return "ratio · " + ratio.numerator().eventType() + " / " + ratio.denominator().eventType();
        }
        if (kind instanceof MetricKind.Column column) {
            return "column · " + column.column();
        }
        MetricKind.ColumnRatio ratio = (MetricKind.ColumnRatio) kind;
        return "column ratio · " + ratio.numeratorColumn() + " / " + ratio.denominatorColumn();
    }
}
