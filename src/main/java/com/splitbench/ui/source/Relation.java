package com.splitbench.ui.source;

import com.splitbench.warehouse.TableMappingOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three kinds of relation a source maps: who is in which variant (assignments), what they did (events), or both
 * in one row per user (a per-user table). Each has roles with default columns (docs/warehouse.md); some roles must
 * have a column, the others may be left empty for "no such column".
 */
public enum Relation {
    ASSIGNMENTS("Assignments", "--assignments-table", TableMappingOptions.assignmentDefaults(),
            Set.of("unit", "variant", "time")),
    EVENTS("Events", "--events-table", TableMappingOptions.eventDefaults(), Set.of("unit", "type", "time")),
    USER_TABLE("Per-user table", "--user-table", TableMappingOptions.userTableDefaults(), Set.of("unit", "variant"));

    /** The role whose value is a time encoding, not a column. */
    static final String TIME_FORMAT = "time-format";

    private final String title;
    private final String option;
    private final Map<String, String> defaults;
    private final Set<String> required;

    Relation(String title, String option, Map<String, String> defaults, Set<String> required) {
        this.title = title;
        this.option = option;
        this.defaults = defaults;
        this.required = required;
    }

    public String title() {
        return title;
    }

    /** The command-line option of its table, for messages that name it. */
    String option() {
        return option;
    }

    /** The roles that name a column, in order (the time format is separate). */
    public List<String> roles() {
        return defaults.keySet().stream().filter(role -> !role.equals(TIME_FORMAT)).toList();
    }

    public String defaultColumn(String role) {
        return defaults.getOrDefault(role, "");
    }

    Map<String, String> defaults() {
        return defaults;
    }

    public boolean isRequired(String role) {
        return required.contains(role);
    }

    /** What a role is called in the dialog. */
    public static String label(String role) {
        return switch (role) {
            case "unit" -> "User id";
            case "experiment" -> "Experiment";
            case "variant" -> "Variant";
            case "time" -> "Time";
            case "type" -> "Event type";
            case "value" -> "Value";
            default -> role;
        };
    }
}
