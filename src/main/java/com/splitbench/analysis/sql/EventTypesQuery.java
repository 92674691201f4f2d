package com.splitbench.analysis.sql;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The event types in the events source and whether any event of each carries a value (rule 21). */
final class EventTypesQuery {

    private EventTypesQuery() {
    }

    /** An event type and whether any of its events has a value. */
    record EventType(String name, boolean hasValues) {
    }

    static SqlQuery build(SqlDialect d, EventSource events) {
        String value = events.value().map(c -> "CASE WHEN src." + d.quote(c) + " IS NOT NULL THEN 1 ELSE 0 END")
                .orElse("0");
        return SqlQuery.of(new SqlText(d).add("SELECT event_type, MAX(has_value) FROM (SELECT CAST(src."
                + d.quote(events.eventType()) + " AS " + d.textType() + ") AS event_type, " + value
                + " AS has_value FROM " + events.relation().fromSql(d) + " src WHERE src." + d.quote(events.eventType())
                + " IS NOT NULL) types GROUP BY event_type"));
    }

    /** The types sorted by name. */
    static List<EventType> read(Rows rows) throws SQLException {
        List<EventType> types = new ArrayList<>();
        while (rows.next()) {
            types.add(new EventType(rows.getString(1), rows.getLong(2) > 0));
        }
        types.sort(java.util.Comparator.comparing(EventType::name));
        return types;
    }
}
