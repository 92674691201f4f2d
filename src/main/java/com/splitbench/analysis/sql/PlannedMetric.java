package com.splitbench.analysis.sql;

import com.splitbench.analysis.model.StatisticType;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.UserAggregate.Aggregation;
import com.splitbench.spec.ValueFilter;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One metric compiled for SQL: an event metric (aggregates of events in a window after exposure) or a column
 * metric (columns of the per-user table, by their index {@code col_N}). Its index names its SQL columns
 * ({@code y_3}, {@code num_3}, ...).
 *
 * @param windowStart milliseconds after exposure where the window opens
 * @param windowEnd milliseconds after exposure where it closes (exclusive); empty for the end of the data
 * @param lookback the CUPED pre-exposure window in milliseconds; 0 without a covariate
 * @param absoluteCap the absolute cap, or +∞
 * @param percentile the pooled percentile to cap at (e.g. 0.99), or NaN
 */
record PlannedMetric(int index, MetricDefinition definition, StatisticType type,
        Optional<EventAggregate> numerator, Optional<EventAggregate> denominator, long windowStart,
        OptionalLong windowEnd, long lookback, OptionalInt yColumn, OptionalInt dColumn, OptionalInt xColumn,
        double absoluteCap, double percentile) {

    /** One per-user aggregate of events of one type. */
    record EventAggregate(String eventType, Aggregation aggregation, ValueFilter filter) {
    }

    boolean isColumnMetric() {
        return yColumn.isPresent();
    }

    boolean isRatio() {
        return type == StatisticType.RATIO;
    }

    boolean hasCovariate() {
        return isColumnMetric() ? xColumn.isPresent() : lookback > 0;
    }

    boolean hasPercentileCap() {
        return !Double.isNaN(percentile);
    }

    String y() {
        return "y_" + index;
    }

    String d() {
        return "d_" + index;
    }

    String x() {
        return "x_" + index;
    }

    String included() {
        return "inc_" + index;
    }

    String num() {
        return "num_" + index;
    }

    String den() {
        return "den_" + index;
    }

    String cov() {
        return "cov_" + index;
    }
}
