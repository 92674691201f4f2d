package com.splitbench.analysis.sql;

import com.splitbench.analysis.sql.MetricExpressions.Cap;
import java.util.List;
import java.util.Map;

/**
 * The per-user aggregation, inside the engine: {@code pu} holds each analysed user's raw aggregates of the event
 * metrics ({@code num_M}, {@code den_M}, {@code cov_M}) next to the population's columns, and {@code vals} the
 * per-user values every summary is built from: {@code y_M}, {@code d_M}, {@code x_M} (capped and finished) and
 * {@code inc_M} (1 when the user counts for the metric; column metrics leave out users with a missing value, and
 * their y, d and x are then 0).
 */
final class UserValueCtes {

    private UserValueCtes() {
    }

    /**
     * Appends what the relation of raw per-user values needs: the population, and with event metrics the events
     * and {@code sb_pu}, unless {@code sb_pu} is kept in a temporary table. Returns the relation's name.
     */
    static String appendRaw(CteList ctes, AnalysisPlan plan) {
        boolean events = !plan.eventMetrics().isEmpty();
        if (events && plan.isTemporaryTable(TemporaryRelations.PER_USER)) {
            return TemporaryRelations.PER_USER;
        }
        PopulationCtes.append(ctes, plan);
        if (!events) {
            return "sb_users";
        }
        EventCte.append(ctes, plan);
        ctes.add(TemporaryRelations.PER_USER, perUser(plan));
        return TemporaryRelations.PER_USER;
    }

    /** The statement that computes {@code sb_pu} (for event metrics), to keep it in a temporary table. */
    static SqlQuery perUserQuery(AnalysisPlan plan) {
        CteList ctes = new CteList(plan.dialect());
        PopulationCtes.append(ctes, plan);
        EventCte.append(ctes, plan);
        return ctes.select(perUser(plan));
    }

    private static SqlText perUser(AnalysisPlan plan) {
        List<PlannedMetric> events = plan.eventMetrics();
        SqlDialect d = plan.dialect();
        String carried = PopulationCtes.carried(plan, "us.");
        SqlText sql = new SqlText(d).add("SELECT us.unit_id, us.variant_name, us.exposed_ms" + carried);
        for (PlannedMetric metric : events) {
            sql.add(",\n    SUM(").add(MetricExpressions.windowAmount(metric, metric.numerator().orElseThrow(), "us.",
                    "ev.", d)).add(") AS " + metric.num());
            if (metric.isRatio()) {
                sql.add(",\n    SUM(").add(MetricExpressions.windowAmount(metric, metric.denominator().orElseThrow(),
                        "us.", "ev.", d)).add(") AS " + metric.den());
            }
            if (metric.hasCovariate()) {
                sql.add(",\n    SUM(").add(MetricExpressions.covariateAmount(metric, "us.", "ev.", d)).add(") AS "
                        + metric.cov());
            }
        }
        return sql.add("\n  FROM sb_users us LEFT JOIN sb_ev ev ON ev.unit_id = us.unit_id AND ")
                .add(EventCte.typeFilter(plan, "ev.")).add(EventCte.timeBounds(plan, "us.", "ev."))
                .add("\n  GROUP BY us.unit_id, us.variant_name, us.exposed_ms" + carried);
    }

    /** The finished, uncapped per-user value of a metric in the raw relation (NULL when a column is missing). */
    static String rawY(PlannedMetric metric) {
        if (metric.isColumnMetric()) {
            return "col_" + metric.yColumn().getAsInt();
        }
        return MetricExpressions.finish(metric.numerator().orElseThrow(), metric.num());
    }

    /**
     * Appends {@code vals} over the raw relation, with each metric's cap. Values are doubles, so that every later
     * step is IEEE double arithmetic as in the local engine (H2 would otherwise sum integers into decimals).
     */
    static void appendValues(CteList ctes, AnalysisPlan plan, String raw, Map<Integer, Cap> caps, String join) {
        SqlDialect d = plan.dialect();
        SqlText sql = new SqlText(d).add("SELECT unit_id, variant_name, exposed_ms" + PopulationCtes.carried(plan, ""));
        for (PlannedMetric metric : plan.metrics()) {
            Cap cap = caps.getOrDefault(metric.index(), Cap.NONE);
            if (metric.isColumnMetric()) {
                appendColumnValues(sql, metric, cap, d);
            } else {
                appendEventValues(sql, metric, cap, d);
            }
        }
        ctes.add("sb_vals", sql.add("\n  FROM " + raw + join));
    }

    private static void appendEventValues(SqlText sql, PlannedMetric metric, Cap cap, SqlDialect d) {
        String asDouble = " AS " + d.doubleType() + ") AS ";
        sql.add(",\n    CAST(").add(MetricExpressions.capped(rawY(metric), cap, d)).add(asDouble + metric.y());
        sql.add(", CAST(" + (metric.isRatio() ? MetricExpressions.finish(metric.denominator().orElseThrow(),
                metric.den()) : "0") + asDouble + metric.d());
        if (metric.hasCovariate()) {
            String rawX = MetricExpressions.finish(metric.numerator().orElseThrow(), metric.cov());
            sql.add(", CAST(").add(MetricExpressions.capped(rawX, cap, d)).add(asDouble + metric.x());
        } else {
            sql.add(", CAST(0" + asDouble + metric.x());
        }
        sql.add(", 1 AS " + metric.included());
    }

    private static void appendColumnValues(SqlText sql, PlannedMetric metric, Cap cap, SqlDialect d) {
        String y = "col_" + metric.yColumn().getAsInt();
        StringBuilder complete = new StringBuilder(y + " IS NOT NULL");
        metric.dColumn().ifPresent(c -> complete.append(" AND col_").append(c).append(" IS NOT NULL"));
        metric.xColumn().ifPresent(c -> complete.append(" AND col_").append(c).append(" IS NOT NULL"));
        String when = "CASE WHEN " + complete + " THEN ";
        sql.add(",\n    " + when).add(MetricExpressions.capped(y, cap, d)).add(" ELSE 0 END AS " + metric.y());
        sql.add(", " + metric.dColumn().stream().mapToObj(c -> when + "col_" + c + " ELSE 0 END").findFirst()
                .orElse("0") + " AS " + metric.d());
        if (metric.xColumn().isPresent()) {
            sql.add(", " + when).add(MetricExpressions.capped("col_" + metric.xColumn().getAsInt(), cap, d))
                    .add(" ELSE 0 END AS " + metric.x());
        } else {
            sql.add(", 0 AS " + metric.x());
        }
        sql.add(", CASE WHEN " + complete + " THEN 1 ELSE 0 END AS " + metric.included());
    }
}
