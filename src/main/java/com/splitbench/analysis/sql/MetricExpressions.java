package com.splitbench.analysis.sql;

import com.splitbench.analysis.sql.PlannedMetric.EventAggregate;
import com.splitbench.spec.UserAggregate.Aggregation;
import com.splitbench.spec.ValueFilter;

/**
 * The per-event and per-user SQL expressions of an event metric (docs/analysis.md, rules 10–14): what one event
 * adds inside the window or the CUPED pre-exposure window, how a running aggregate becomes the per-user value,
 * and the cap. Filters are compiled from the structured {@link ValueFilter} with bound operands.
 */
final class MetricExpressions {

    private MetricExpressions() {
    }

    /**
     * What one event row adds to the aggregate inside the metric's window. {@code user} and {@code event} are row
     * prefixes (e.g. "us." and "ev.") holding {@code exposed_ms} and {@code event_type/value/ms}.
     */
    static SqlText windowAmount(PlannedMetric metric, EventAggregate aggregate, String user, String event,
            SqlDialect d) {
        SqlText sql = matches(aggregate, event, d);
        sql.add(" AND " + event + "event_ms >= " + user + "exposed_ms");
        if (metric.windowStart() != 0) {
            sql.add(" + ").bindLong(metric.windowStart());
        }
        metric.windowEnd().ifPresent(end -> sql.add(" AND " + event + "event_ms < " + user + "exposed_ms + ")
                .bindLong(end));
        return caseAmount(sql, aggregate, event);
    }

    /** What one event row adds to the CUPED covariate: the numerator aggregate over [e − lookback, e). */
    static SqlText covariateAmount(PlannedMetric metric, String user, String event, SqlDialect d) {
        EventAggregate aggregate = metric.numerator().orElseThrow();
        SqlText sql = matches(aggregate, event, d);
        sql.add(" AND " + event + "event_ms < " + user + "exposed_ms AND " + event + "event_ms >= " + user
                + "exposed_ms - ").bindLong(metric.lookback());
        return caseAmount(sql, aggregate, event);
    }

    private static SqlText matches(EventAggregate aggregate, String event, SqlDialect d) {
        SqlText sql = new SqlText(d).add("CASE WHEN " + event + "event_type = ").bindText(aggregate.eventType());
        ValueFilter filter = aggregate.filter();
        if (!filter.isNone()) {
            sql.add(" AND " + event + "event_value " + operator(filter.op()) + " ").bindDouble(filter.operand());
        }
        return sql;
    }

    private static SqlText caseAmount(SqlText condition, EventAggregate aggregate, String event) {
        String amount = aggregate.aggregation() == Aggregation.SUM ? "COALESCE(" + event + "event_value, 0)" : "1";
        return condition.add(" THEN " + amount + " ELSE 0 END");
    }

    /** The SQL operator of a filter; SQL's NULL semantics make an event without a value fail every comparison. */
    static String operator(ValueFilter.Op op) {
        return switch (op) {
            case EQ -> "=";
            case NE -> "<>";
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            case LE -> "<=";
            case ANY -> throw new IllegalArgumentException("ANY has no operator");
        };
    }

    /** The per-user value of a running aggregate: ANY becomes 0/1, COUNT and SUM stay as they are. */
    static String finish(EventAggregate aggregate, String rawSql) {
        return aggregate.aggregation() == Aggregation.ANY ? "CASE WHEN " + rawSql + " > 0 THEN 1 ELSE 0 END" : rawSql;
    }

    /** {@code value} capped at {@code cap}; a NULL cap (no users to take a percentile of) leaves it as it is. */
    static SqlText capped(String valueSql, Cap cap, SqlDialect d) {
        SqlText sql = new SqlText(d);
        if (cap instanceof Cap.Bound bound) {
            return sql.add("CASE WHEN " + valueSql + " > ").bindDouble(bound.value()).add(" THEN ")
                    .bindDouble(bound.value()).add(" ELSE " + valueSql + " END");
        }
        if (cap instanceof Cap.Column column) {
            return sql.add("CASE WHEN " + valueSql + " > " + column.sql() + " THEN " + column.sql() + " ELSE "
                    + valueSql + " END");
        }
        return sql.add(valueSql);
    }

    /** Where a metric's cap comes from in a statement. */
    sealed interface Cap permits Cap.None, Cap.Bound, Cap.Column {

        Cap NONE = new None();

        static Cap of(double cap) {
            return Double.isFinite(cap) ? new Bound(cap) : NONE;
        }

        /** No cap. */
        record None() implements Cap {
        }

        /** A cap known before the statement runs, bound as a value. */
        record Bound(double value) implements Cap {
        }

        /** A cap computed in the same statement, read from a column of a one-row CTE. */
        record Column(String sql) implements Cap {
        }
    }
}
