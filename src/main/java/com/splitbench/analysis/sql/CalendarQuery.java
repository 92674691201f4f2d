package com.splitbench.analysis.sql;

import java.util.List;
import java.util.Map;

/**
 * The cumulative series of the event metrics by calendar day (rule 17): point d holds the users exposed before
 * the end of day d and their in-window events before the end of day d. Days after the last are clamped onto it.
 */
final class CalendarQuery {

    private CalendarQuery() {
    }

    /** @param caps each event metric's cap (+∞ for none) */
    static SqlQuery build(AnalysisPlan plan, SqlTimeline timeline, Map<Integer, Double> caps) {
        SqlDialect d = plan.dialect();
        CteList ctes = new CteList(d);
        PopulationCtes.append(ctes, plan);
        EventCte.append(ctes, plan);
        SqlText userEvents = new SqlText(d).add("SELECT us.unit_id, us.variant_name, us.exposed_ms, ev.event_type, "
                + "ev.event_value, ev.event_ms, CASE WHEN ev.event_ms < us.exposed_ms THEN -1 ELSE ")
                .add(timeline.calendarDay(d, "ev.event_ms"))
                .add(" END AS day_index\n  FROM sb_users us JOIN sb_ev ev")
                .add(" ON ev.unit_id = us.unit_id AND ").add(EventCte.typeFilter(plan, "ev."))
                .add(EventCte.timeBounds(plan, "us.", "ev."));
        SeriesCtes.appendUserDays(ctes, plan, userEvents);
        SeriesCtes.appendChanges(ctes, plan, caps);
        SqlText entries = new SqlText(d).add("SELECT ").add(timeline.calendarDay(d, "us.exposed_ms"))
                .add(" AS day_index, us.variant_name");
        for (PlannedMetric metric : plan.eventMetrics()) {
            entries.add(", ").add(SeriesCtes.x(metric, MetricExpressions.Cap.of(caps.get(metric.index())), d))
                    .add(" AS " + metric.x());
        }
        ctes.add("sb_entries", entries.add(" FROM sb_users us" + SeriesCtes.covariateJoin(plan, "us")));
        return ctes.select(SeriesCtes.sumDeltas(plan, List.of(SeriesBranches.entering(plan, caps),
                SeriesBranches.changing(plan))));
    }
}
