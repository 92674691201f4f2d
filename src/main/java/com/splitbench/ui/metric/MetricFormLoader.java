package com.splitbench.ui.metric;

import com.splitbench.spec.Capping;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.UserAggregate;
import com.splitbench.spec.ValueFilter;

/** Puts a metric definition into the editor's fields. */
final class MetricFormLoader {

    private MetricFormLoader() {
    }

    static void load(MetricEditorViewModel form, MetricDefinition metric) {
        form.name.set(metric.name());
        form.description.set(metric.description());
        MetricKind kind = metric.kind();
        form.type.set(MetricType.of(kind));
        if (kind instanceof MetricKind.Binary binary) {
            event(form.event, binary.eventType(), UserAggregate.Aggregation.ANY, binary.filter());
        } else if (kind instanceof MetricKind.Count count) {
            event(form.event, count.eventType(), UserAggregate.Aggregation.COUNT, count.filter());
        } else if (kind instanceof MetricKind.Mean mean) {
            event(form.event, mean.eventType(), UserAggregate.Aggregation.SUM, mean.filter());
        } else if (kind instanceof MetricKind.Ratio ratio) {
            aggregate(form.numerator, ratio.numerator());
            aggregate(form.denominator, ratio.denominator());
        } else if (kind instanceof MetricKind.Column column) {
            form.column.set(column.column());
            form.covariateColumn.set(column.covariateColumn() == null ? "" : column.covariateColumn());
        } else if (kind instanceof MetricKind.ColumnRatio ratio) {
            form.numeratorColumn.set(ratio.numeratorColumn());
            form.denominatorColumn.set(ratio.denominatorColumn());
        }
        form.windowStart.set(DurationWords.write(metric.window().startOffset()));
        form.windowLength.set(metric.window().length().map(DurationWords::write).orElse(""));
        form.direction.set(metric.direction());
        form.role.set(metric.role());
        if (metric.capping() instanceof Capping.Absolute absolute) {
            form.cappingType.set(MetricEditorViewModel.CappingType.ABSOLUTE);
            form.cappingValue.set(plain(absolute.cap()));
        } else if (metric.capping() instanceof Capping.Percentile percentile) {
            form.cappingType.set(MetricEditorViewModel.CappingType.PERCENTILE);
            form.cappingValue.set(plain(percentile.percentile() * 100));
        } else {
            form.cappingType.set(MetricEditorViewModel.CappingType.NONE);
            form.cappingValue.set("");
        }
        form.cuped.set(metric.cuped().enabled());
        form.cupedLookback.set(DurationWords.write(metric.cuped().lookback()));
    }

    private static void event(MetricEditorViewModel.AggregateFields fields, String event,
                              UserAggregate.Aggregation aggregation, ValueFilter filter) {
        fields.event.set(event);
        fields.aggregation.set(aggregation);
        fields.op.set(filter.op());
        fields.value.set(filter.isNone() ? "" : plain(filter.operand()));
    }

    private static void aggregate(MetricEditorViewModel.AggregateFields fields, UserAggregate aggregate) {
        event(fields, aggregate.eventType(), aggregate.aggregation(), aggregate.filter());
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
