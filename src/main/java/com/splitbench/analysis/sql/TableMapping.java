package com.splitbench.analysis.sql;

import com.splitbench.common.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the user's own tables map onto the roles the analysis needs. Either assignments or a per-user table names
 * the experiment's users; events are needed for event metrics. Names here are identifiers, validated and quoted by
 * the dialect; they come from the command line or the connection dialog, never from a spec or report file.
 */
public record TableMapping(Optional<AssignmentSource> assignments, Optional<EventSource> events,
        Optional<UserTableSource> userTable) {

    public TableMapping {
        assignments = assignments == null ? Optional.empty() : assignments;
        events = events == null ? Optional.empty() : events;
        userTable = userTable == null ? Optional.empty() : userTable;
        if (assignments.isPresent() == userTable.isPresent()) {
            throw new UserFacingException("Map either an assignments source or a per-user table (not both, not "
                    + "neither): it says who is in the experiment.");
        }
    }

    public static TableMapping ofEvents(AssignmentSource assignments, EventSource events) {
        return new TableMapping(Optional.of(assignments), Optional.ofNullable(events), Optional.empty());
    }

    public static TableMapping ofUserTable(UserTableSource table, EventSource events) {
        return new TableMapping(Optional.empty(), Optional.ofNullable(events), Optional.of(table));
    }

    /** The dimension names, in order: dimension columns, then JSON context keys. */
    public List<String> dimensionNames() {
        List<String> names = new ArrayList<>();
        assignments.ifPresent(a -> {
            names.addAll(a.dimensions());
            a.context().ifPresent(c -> names.addAll(c.keys()));
        });
        userTable.ifPresent(t -> names.addAll(t.dimensions()));
        return names;
    }

    /** The sources, described for fingerprints and messages, e.g. {@code assignments=public.assignments}. */
    public List<String> describeSources() {
        List<String> sources = new ArrayList<>();
        assignments.ifPresent(a -> sources.add("assignments=" + a.relation().describe()));
        userTable.ifPresent(t -> sources.add("user-table=" + t.relation().describe()));
        events.ifPresent(e -> sources.add("events=" + e.relation().describe()));
        return sources;
    }
}
