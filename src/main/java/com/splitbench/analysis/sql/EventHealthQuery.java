package com.splitbench.analysis.sql;

import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * One pass over the experiment's events for the health counts (docs/analysis.md, rules 7–9): events of units
 * never assigned, events of excluded units (both at any time), events of analysed users before their exposure
 * (before the end of the range), and the latest event time of analysed users before the end of the range.
 */
final class EventHealthQuery {

    private EventHealthQuery() {
    }

    /** What the event pass found. */
    record EventHealth(long unassignedUserEvents, long eventsOfExcludedUsers, long eventsBeforeExposure,
            OptionalLong lastEvent) {

        static final EventHealth NONE = new EventHealth(0, 0, 0, OptionalLong.empty());
    }

    static SqlQuery build(AnalysisPlan plan) {
        SqlDialect d = plan.dialect();
        CteList ctes = new CteList(d);
        PopulationCtes.appendStatus(ctes, plan);
        EventCte.append(ctes, plan);
        SqlText beforeEnd = new SqlText(d);
        plan.to().ifPresent(to -> beforeEnd.add(" AND ev.event_ms < ").bindLong(to));
        String big = d.bigintType();
        SqlText select = new SqlText(d).add("SELECT CAST(SUM(CASE WHEN s.unit_id IS NULL THEN 1 ELSE 0 END) AS " + big
                + "),\n  CAST(SUM(CASE WHEN s.analysed = 0 THEN 1 ELSE 0 END) AS " + big
                + "),\n  CAST(SUM(CASE WHEN s.analysed = 1").add(beforeEnd)
                .add(" AND ev.event_ms < s.exposed_ms THEN 1 ELSE 0 END) AS " + big
                        + "),\n  MAX(CASE WHEN s.analysed = 1").add(beforeEnd)
                .add(" THEN ev.event_ms END)\nFROM sb_ev ev LEFT JOIN sb_status s ON s.unit_id = ev.unit_id");
        return ctes.select(select);
    }

    static EventHealth read(Rows rows) throws SQLException {
        if (!rows.next()) {
            return EventHealth.NONE;
        }
        return new EventHealth(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getOptionalLong(4));
    }
}
