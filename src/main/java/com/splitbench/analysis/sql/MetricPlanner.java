package com.splitbench.analysis.sql;

import com.splitbench.analysis.model.StatisticType;
import com.splitbench.analysis.sql.PlannedMetric.EventAggregate;
import com.splitbench.common.UserFacingException;
import com.splitbench.spec.Capping;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.UserAggregate;
import com.splitbench.spec.UserAggregate.Aggregation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/** Compiles the requested metrics for SQL, following the same rules as the local engine (docs/analysis.md). */
final class MetricPlanner {

    private MetricPlanner() {
    }

    /**
     * @param userTableColumns the per-user table's metric columns (empty without a per-user table)
     * @param binaryColumns the columns among them that hold only 0/1 or TRUE/FALSE
     */
    static List<PlannedMetric> plan(List<MetricDefinition> metrics, boolean cupedEnabled,
            List<String> userTableColumns, Set<String> binaryColumns) {
        List<PlannedMetric> planned = new ArrayList<>();
        for (MetricDefinition metric : metrics) {
            int index = planned.size();
            MetricKind kind = metric.kind();
            if (kind instanceof MetricKind.Column || kind instanceof MetricKind.ColumnRatio) {
                planned.add(columnMetric(index, metric, cupedEnabled, userTableColumns, binaryColumns));
            } else {
                planned.add(eventMetric(index, metric, cupedEnabled));
            }
        }
        return planned;
    }

    private static PlannedMetric eventMetric(int index, MetricDefinition metric, boolean cupedEnabled) {
        MetricKind kind = metric.kind();
        StatisticType type;
        EventAggregate numerator;
        EventAggregate denominator = null;
        if (kind instanceof MetricKind.Binary b) {
            type = StatisticType.BINARY;
            numerator = new EventAggregate(b.eventType(), Aggregation.ANY, b.filter());
        } else if (kind instanceof MetricKind.Count c) {
            type = StatisticType.MEAN;
            numerator = new EventAggregate(c.eventType(), Aggregation.COUNT, c.filter());
        } else if (kind instanceof MetricKind.Mean m) {
            type = StatisticType.MEAN;
            numerator = new EventAggregate(m.eventType(), Aggregation.SUM, m.filter());
        } else {
            MetricKind.Ratio r = (MetricKind.Ratio) kind;
            type = StatisticType.RATIO;
            numerator = aggregate(r.numerator());
            denominator = aggregate(r.denominator());
        }
        long start = metric.window().startOffset().toMillis();
        OptionalLong end = metric.window().length().map(length -> OptionalLong.of(start + length.toMillis()))
                .orElse(OptionalLong.empty());
        long lookback = type != StatisticType.RATIO && cupedEnabled && metric.cuped().enabled()
                ? metric.cuped().lookback().toMillis() : 0;
        return new PlannedMetric(index, metric, type, Optional.of(numerator), Optional.ofNullable(denominator),
                start, end, lookback, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                absoluteCap(metric), percentile(metric));
    }

    private static PlannedMetric columnMetric(int index, MetricDefinition metric, boolean cupedEnabled,
            List<String> columns, Set<String> binaryColumns) {
        if (columns.isEmpty()) {
            throw new UserFacingException("Metric " + metric.name() + " reads a column of a per-user table, but no "
                    + "per-user table is mapped for this source.");
        }
        OptionalInt x = OptionalInt.empty();
        OptionalInt d = OptionalInt.empty();
        OptionalInt y;
        StatisticType type;
        if (metric.kind() instanceof MetricKind.Column c) {
            y = OptionalInt.of(column(columns, c.column(), metric));
            type = binaryColumns.contains(columns.get(y.getAsInt())) ? StatisticType.BINARY : StatisticType.MEAN;
            if (cupedEnabled && metric.cuped().enabled() && c.covariateColumn() != null) {
                x = OptionalInt.of(column(columns, c.covariateColumn(), metric));
            }
        } else {
            MetricKind.ColumnRatio r = (MetricKind.ColumnRatio) metric.kind();
            y = OptionalInt.of(column(columns, r.numeratorColumn(), metric));
            d = OptionalInt.of(column(columns, r.denominatorColumn(), metric));
            type = StatisticType.RATIO;
        }
        boolean binary = type == StatisticType.BINARY;
        return new PlannedMetric(index, metric, type, Optional.empty(), Optional.empty(), 0, OptionalLong.empty(),
                0, y, d, x, binary ? Double.POSITIVE_INFINITY : absoluteCap(metric),
                binary ? Double.NaN : percentile(metric));
    }

    private static int column(List<String> columns, String name, MetricDefinition metric) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new UserFacingException("Metric " + metric.name() + " reads column '" + name + "', which the per-user "
                + "table does not have. Columns: " + columns + ".");
    }

    private static EventAggregate aggregate(UserAggregate aggregate) {
        return new EventAggregate(aggregate.eventType(), aggregate.aggregation(), aggregate.filter());
    }

    private static double absoluteCap(MetricDefinition metric) {
        return metric.capping() instanceof Capping.Absolute a ? a.cap() : Double.POSITIVE_INFINITY;
    }

    private static double percentile(MetricDefinition metric) {
        return metric.capping() instanceof Capping.Percentile p ? p.percentile() : Double.NaN;
    }
}
