package com.splitbench.analysis.sql;

import com.splitbench.analysis.sql.MetricExpressions.Cap;
import java.util.List;
import java.util.Map;

/**
 * The cumulative series of the event metrics by days since exposure (rule 18): user u is observed for
 * K_u = ⌊(data end − e_u) / day⌋ full days (at most 400); point k holds the users with K_u ≥ k + 1 and their
 * in-window events before e_u + (k + 1) days. A user enters at point 0 and leaves at point K_u with the values
 * reached by then.
 */
final class SinceExposureQuery {

    private SinceExposureQuery() {
    }

    static SqlQuery build(AnalysisPlan plan, SqlTimeline timeline, Map<Integer, Double> caps) {
        SqlDialect d = plan.dialect();
        CteList ctes = new CteList(d);
        PopulationCtes.append(ctes, plan);
        EventCte.append(ctes, plan);
        SqlText observed = new SqlText(d).bindLong(timeline.dataEnd()).add(" - exposed_ms");
        ctes.add("sb_observed", new SqlText(d).add("SELECT unit_id, variant_name, exposed_ms, LEAST(")
                .add(d.integerDivide(observed, SqlTimeline.DAY)).add(", ").bindLong(AnalysisPlan.MAX_SERIES_DAYS)
                .add(") AS observed_days FROM sb_users"));
        SqlText sinceExposure = new SqlText(d).add("ev.event_ms - o.exposed_ms");
        SqlText userEvents = new SqlText(d).add("SELECT o.unit_id, o.variant_name, o.exposed_ms, ev.event_type, "
                + "ev.event_value, ev.event_ms, CASE WHEN ev.event_ms < o.exposed_ms THEN -1 ELSE ")
                .add(d.integerDivide(sinceExposure, SqlTimeline.DAY)).add(" END AS day_index\n  FROM sb_observed o "
                        + "JOIN sb_ev ev ON ev.unit_id = o.unit_id AND ").add(EventCte.typeFilter(plan, "ev."))
                .add(EventCte.timeBounds(plan, "o.", "ev."))
                .add(" AND o.observed_days >= 1 AND ev.event_ms < o.exposed_ms + o.observed_days * " + SqlTimeline.DAY);
        SeriesCtes.appendUserDays(ctes, plan, userEvents);
        SeriesCtes.appendChanges(ctes, plan, caps);
        SqlText finals = new SqlText(d).add("SELECT unit_id");
        SqlText entries = new SqlText(d).add("SELECT 0 AS day_index, o.variant_name");
        SqlText exits = new SqlText(d).add("SELECT o.observed_days AS day_index, o.variant_name");
        for (PlannedMetric metric : plan.eventMetrics()) {
            Cap cap = Cap.of(caps.get(metric.index()));
            finals.add(", SUM(" + metric.num() + ") AS " + metric.num());
            if (metric.isRatio()) {
                finals.add(", SUM(" + metric.den() + ") AS " + metric.den());
            }
            SqlText x = SeriesCtes.x(metric, cap, d);
            entries.add(", ").add(x).add(" AS " + metric.x());
            exits.add(", ").add(SeriesCtes.y(metric, "COALESCE(f." + metric.num() + ", 0)", cap, d))
                    .add(" AS " + metric.y() + ", " + SeriesCtes.d(metric, "COALESCE(f." + metric.den() + ", 0)")
                            + " AS " + metric.d() + ", ").add(x).add(" AS " + metric.x());
        }
        ctes.add("sb_finals", finals.add(" FROM sb_ud WHERE day_index >= 0 GROUP BY unit_id"));
        String covariates = SeriesCtes.covariateJoin(plan, "o");
        ctes.add("sb_entries", entries.add(" FROM sb_observed o" + covariates + " WHERE o.observed_days >= 1"));
        ctes.add("sb_exits", exits.add(" FROM sb_observed o LEFT JOIN sb_finals f ON f.unit_id = o.unit_id" + covariates
                + " WHERE o.observed_days >= 1"));
        return ctes.select(SeriesCtes.sumDeltas(plan, List.of(SeriesBranches.entering(plan, caps),
                SeriesBranches.changing(plan), SeriesBranches.leaving(plan))));
    }
}
