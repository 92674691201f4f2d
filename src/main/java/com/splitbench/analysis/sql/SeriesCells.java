package com.splitbench.analysis.sql;

import com.splitbench.analysis.sql.MetricExpressions.Cap;
import com.splitbench.spec.UserAggregate.Aggregation;

/**
 * The per-user building blocks of both cumulative series. Each user's events are summed per <em>cell</em>, a pair
 * (day since exposure, calendar day), in {@code sb_cells}; events before exposure, which only feed the CUPED
 * covariate, make the cell (-1, -1). Both days grow with the event time, so ordering a user's cells by (day since
 * exposure, calendar day) orders them in time for both series at once: one sort of the cells and the window
 * functions over them ({@code sb_steps}) give each cell's running aggregates before and after it, for the calendar
 * series and the days-since-exposure series together.
 */
final class SeriesCells {

    private static final String WINDOW = " OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN "
            + "UNBOUNDED PRECEDING AND ";

    private SeriesCells() {
    }

    /** Appends {@code sb_ue} (one row per user × event, with both days), {@code sb_cells} and {@code sb_steps}. */
    static void append(CteList ctes, AnalysisPlan plan, SqlTimeline timeline) {
        SqlDialect d = plan.dialect();
        String before = "CASE WHEN ev.event_ms < us.exposed_ms THEN -1 ELSE ";
        ctes.add("sb_ue", new SqlText(d).add("SELECT us.unit_id, us.variant_name, us.exposed_ms, ev.event_type, "
                + "ev.event_value, ev.event_ms, " + before).add(timeline.calendarDay(d, "ev.event_ms"))
                .add(" END AS cal_day, " + before).add(d.integerDivide(new SqlText(d).add("ev.event_ms - us.exposed_ms"),
                        SqlTimeline.DAY)).add(" END AS since_day\n  FROM sb_users us JOIN sb_ev ev ON ev.unit_id = "
                        + "us.unit_id AND ").add(EventCte.typeFilter(plan, "ev."))
                .add(EventCte.timeBounds(plan, "us.", "ev.")));
        // Doubles, so that running sums, squares and products are IEEE double arithmetic as in the local engine,
        // exact for counts, and not decimals (PostgreSQL sums BIGINT into NUMERIC, H2 into DECFLOAT).
        String asDouble = ") AS " + d.doubleType() + ") AS ";
        SqlText cells = new SqlText(d).add("SELECT unit_id, variant_name, exposed_ms, cal_day, since_day");
        for (PlannedMetric metric : plan.eventMetrics()) {
            cells.add(",\n    CAST(SUM(").add(MetricExpressions.windowAmount(metric, metric.numerator().orElseThrow(),
                    "ue.", "ue.", d)).add(asDouble + metric.num());
            if (metric.isRatio()) {
                cells.add(",\n    CAST(SUM(").add(MetricExpressions.windowAmount(metric,
                        metric.denominator().orElseThrow(), "ue.", "ue.", d)).add(asDouble + metric.den());
            }
            if (metric.hasCovariate()) {
                cells.add(",\n    CAST(SUM(").add(MetricExpressions.covariateAmount(metric, "ue.", "ue.", d))
                        .add(asDouble + metric.cov());
            }
        }
        // Grouped in the window's order, so that an engine grouping by sorting can hand its output to the window
        // functions without sorting it again (PostgreSQL does so when the cells are too many to hash in memory).
        ctes.add("sb_cells", cells.add("\n  FROM sb_ue ue GROUP BY unit_id, since_day, cal_day, variant_name, "
                + "exposed_ms"));
        SqlText steps = new SqlText(d).add("SELECT unit_id, variant_name, exposed_ms, cal_day, since_day");
        for (PlannedMetric metric : plan.eventMetrics()) {
            appendRunning(steps, metric.num(), metric.numerator().orElseThrow());
            if (metric.isRatio()) {
                appendRunning(steps, metric.den(), metric.denominator().orElseThrow());
            }
            if (metric.hasCovariate()) {
                // The (-1, -1) cell comes first and later cells add 0: this is the user's covariate sum.
                steps.add(",\n    SUM(" + metric.cov() + ")" + WINDOW + "CURRENT ROW) AS " + metric.cov());
            }
        }
        ctes.add("sb_steps", steps.add("\n  FROM sb_cells"));
    }

    /**
     * The running aggregate after and before the cell. Counts are whole numbers, so the one before is the one after
     * minus the cell's own, exactly; sums of event values need their own frame (a second pass of the window
     * functions) to be the exact running sum the local engine has, not that sum with the cell's value added and
     * taken away again.
     */
    private static void appendRunning(SqlText sql, String column, PlannedMetric.EventAggregate aggregate) {
        String after = "SUM(" + column + ")" + WINDOW + "CURRENT ROW)";
        String before = aggregate.aggregation() == Aggregation.SUM ? "SUM(" + column + ")" + WINDOW + "1 PRECEDING)"
                : after + " - " + column;
        sql.add(",\n    " + after + " AS " + column + "_after, " + before + " AS " + column + "_before");
    }

    /** A user's value y from a raw numerator aggregate: finished, then capped. */
    static SqlText y(PlannedMetric metric, String raw, Cap cap, SqlDialect d) {
        return MetricExpressions.capped("(" + MetricExpressions.finish(metric.numerator().orElseThrow(), raw) + ")",
                cap, d);
    }

    /** A user's denominator d from a raw denominator aggregate; 0 for metrics that are not ratios. */
    static String d(PlannedMetric metric, String raw) {
        return metric.isRatio() ? "(" + MetricExpressions.finish(metric.denominator().orElseThrow(), raw) + ")" : "0";
    }

    /** A user's covariate x from a raw covariate column (NULL for none), capped like y; 0 without CUPED. */
    static SqlText x(PlannedMetric metric, String rawCovariate, Cap cap, SqlDialect d) {
        if (!metric.hasCovariate()) {
            return new SqlText(d).add("0");
        }
        return y(metric, "COALESCE(" + rawCovariate + ", 0)", cap, d);
    }
}
