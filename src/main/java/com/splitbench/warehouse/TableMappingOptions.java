package com.splitbench.warehouse;

import com.splitbench.analysis.sql.AssignmentSource;
import com.splitbench.analysis.sql.EventSource;
import com.splitbench.analysis.sql.JsonContext;
import com.splitbench.analysis.sql.SourceRelation;
import com.splitbench.analysis.sql.TableMapping;
import com.splitbench.analysis.sql.UserTableSource;
import com.splitbench.common.UserFacingException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The command-line options that map the user's tables (docs/warehouse.md lists them), turned into a
 * {@link TableMapping}. Each field holds an option's text as given, or null when the option is absent.
 */
public record TableMappingOptions(
        String assignmentsTable,
        String assignmentsQuery,
        String assignmentColumns,
        String dimensions,
        String contextColumn,
        String contextKeys,
        String eventsTable,
        String eventsQuery,
        String eventColumns,
        String userTable,
        String userTableQuery,
        String userTableColumns,
        String metricColumns) {

    static final Map<String, String> ASSIGNMENT_DEFAULTS = defaults("unit", "user_id", "experiment", "experiment",
            "variant", "variant", "time", "timestamp", "time-format", "timestamp");
    static final Map<String, String> EVENT_DEFAULTS = defaults("unit", "user_id", "experiment", "", "type", "event",
            "value", "value", "time", "timestamp", "time-format", "timestamp");
    static final Map<String, String> USER_TABLE_DEFAULTS = defaults("unit", "user_id", "experiment", "", "variant",
            "variant", "time", "", "time-format", "timestamp");

    /** The roles of an assignments relation with their default columns, in order (docs/warehouse.md). */
    public static Map<String, String> assignmentDefaults() {
        return Collections.unmodifiableMap(ASSIGNMENT_DEFAULTS);
    }

    /** The roles of an events relation with their default columns, in order. */
    public static Map<String, String> eventDefaults() {
        return Collections.unmodifiableMap(EVENT_DEFAULTS);
    }

    /** The roles of a per-user table with their default columns, in order. */
    public static Map<String, String> userTableDefaults() {
        return Collections.unmodifiableMap(USER_TABLE_DEFAULTS);
    }

    /**
     * The column each role gets from a {@code role=column,...} value (null or blank: all defaults) over the
     * defaults; an empty column means the role has none. Throws a message naming {@code option} for a bad pair.
     */
    public static Map<String, String> columns(String option, String value, Map<String, String> defaults) {
        return ColumnRoles.parse(option, value, defaults).asMap();
    }

    /** The mapping the options describe; throws a message naming the option that is wrong or missing. */
    public TableMapping toMapping() {
        Optional<SourceRelation> assignments = relation("--assignments-table", assignmentsTable,
                "--assignments-query", assignmentsQuery);
        Optional<SourceRelation> events = relation("--events-table", eventsTable, "--events-query", eventsQuery);
        Optional<SourceRelation> table = relation("--user-table", userTable, "--user-table-query", userTableQuery);
        if (assignments.isPresent() == table.isPresent()) {
            throw new UserFacingException("Name who is in the experiment: --assignments-table (with --events-table) "
                    + "or --user-table for a per-user table, not both.");
        }
        Optional<EventSource> eventSource = events.map(this::eventSource);
        if (assignments.isPresent()) {
            return new TableMapping(Optional.of(assignmentSource(assignments.get())), eventSource, Optional.empty());
        }
        ColumnRoles roles = ColumnRoles.parse("--user-table-columns", userTableColumns, USER_TABLE_DEFAULTS);
        return new TableMapping(Optional.empty(), eventSource, Optional.of(new UserTableSource(table.get(),
                roles.required("unit"), roles.optional("experiment"), roles.required("variant"), roles.time(),
                ColumnRoles.list(metricColumns), ColumnRoles.list(dimensions))));
    }

    private AssignmentSource assignmentSource(SourceRelation relation) {
        ColumnRoles roles = ColumnRoles.parse("--assignment-columns", assignmentColumns, ASSIGNMENT_DEFAULTS);
        Optional<JsonContext> context = Optional.ofNullable(contextColumn).filter(c -> !c.isBlank())
                .map(c -> new JsonContext(c, ColumnRoles.list(contextKeys)));
        if (context.isEmpty() && contextKeys != null) {
            throw new UserFacingException("--context-keys needs --context-column, the JSON column holding them.");
        }
        return new AssignmentSource(relation, roles.required("unit"), roles.optional("experiment"),
                roles.required("variant"), roles.time().orElseThrow(() -> new UserFacingException(
                        "--assignment-columns: the time column cannot be empty.")), ColumnRoles.list(dimensions),
                context);
    }

    private EventSource eventSource(SourceRelation relation) {
        ColumnRoles roles = ColumnRoles.parse("--event-columns", eventColumns, EVENT_DEFAULTS);
        return new EventSource(relation, roles.required("unit"), roles.optional("experiment"), roles.required("type"),
                roles.optional("value"), roles.time().orElseThrow(() -> new UserFacingException(
                        "--event-columns: the time column cannot be empty.")));
    }

    private static Optional<SourceRelation> relation(String tableOption, String table, String queryOption,
            String query) {
        if (table != null && query != null) {
            throw new UserFacingException("Give " + tableOption + " or " + queryOption + ", not both.");
        }
        if (table != null) {
            return Optional.of(SourceRelation.table(table));
        }
        return Optional.ofNullable(query).map(SourceRelation::query);
    }

    private static Map<String, String> defaults(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
