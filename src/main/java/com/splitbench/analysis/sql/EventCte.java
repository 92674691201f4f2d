package com.splitbench.analysis.sql;

import com.splitbench.common.UserFacingException;

/**
 * The {@code ev} common table expression: the events that belong to the experiment (docs/analysis.md, rule 6),
 * with unit, type as text, value as double (NULL when none) and time in epoch ms.
 */
final class EventCte {

    private EventCte() {
    }

    static void append(CteList ctes, AnalysisPlan plan) {
        EventSource source = plan.mapping().events().orElseThrow(() -> new UserFacingException("The analysis "
                + "needs events, but no events source is mapped. Add --events-table or --events-query."));
        SqlDialect d = plan.dialect();
        String value = source.value().map(c -> "CAST(src." + d.quote(c) + " AS " + d.doubleType() + ")")
                .orElse("CAST(NULL AS " + d.doubleType() + ")");
        SqlText sql = new SqlText(d).add("SELECT src." + d.quote(source.unit()) + " AS unit_id, CAST(src."
                + d.quote(source.eventType()) + " AS " + d.textType() + ") AS event_type, " + value
                + " AS event_value, " + source.time().millisSql(d, "src") + " AS event_ms\n  FROM "
                + source.relation().fromSql(d) + " src\n  WHERE src." + d.quote(source.unit()) + " IS NOT NULL AND src."
                + d.quote(source.time().column()) + " IS NOT NULL");
        source.experiment().ifPresent(c -> sql.add(" AND (src." + d.quote(c) + " IS NULL OR src." + d.quote(c)
                + " = ").bindText(plan.experimentKey()).add(")"));
        ctes.add("sb_ev", sql);
    }

    /** {@code event_type IN (?, ...)} over the types the event metrics read, for a row prefix such as "ev.". */
    static SqlText typeFilter(AnalysisPlan plan, String prefix) {
        SqlText sql = new SqlText(plan.dialect()).add(prefix + "event_type IN (");
        var types = plan.eventTypes();
        for (int i = 0; i < types.size(); i++) {
            sql.add(i == 0 ? "" : ", ").bindText(types.get(i));
        }
        return sql.add(")");
    }

    /**
     * The join condition's time bounds: events before the end of the analysis, and not earlier than the longest
     * CUPED lookback before exposure (only in-window and covariate events matter).
     */
    static SqlText timeBounds(AnalysisPlan plan, String user, String event) {
        SqlText sql = new SqlText(plan.dialect());
        plan.to().ifPresent(to -> sql.add(" AND " + event + "event_ms < ").bindLong(to));
        long lookback = plan.maxLookback();
        if (lookback > 0) {
            sql.add(" AND " + event + "event_ms >= " + user + "exposed_ms - ").bindLong(lookback);
        } else {
            sql.add(" AND " + event + "event_ms >= " + user + "exposed_ms");
        }
        return sql;
    }
}
