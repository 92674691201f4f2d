package com.splitbench.ui.source;

import com.splitbench.analysis.sql.Identifiers;
import com.splitbench.analysis.sql.SourceRelation;
import com.splitbench.common.UserFacingException;
import com.splitbench.warehouse.TableMappingOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The dialog's fields for one relation: a table name or a query, the column of each role (prefilled with the
 * defaults) and the time format, each checked with a message beside it. Holds no nodes.
 */
public final class RelationFields {

    /** Whether the relation is a table or a query the user wrote. */
    public enum Kind { TABLE, QUERY }

    private final Relation relation;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.TABLE);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<TimeFormat> timeFormat = new SimpleObjectProperty<>(this, "timeFormat",
            TimeFormat.TIMESTAMP);
    private final Map<String, StringProperty> columns = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> columnMessages = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper textMessage = new ReadOnlyStringWrapper(this, "textMessage", "");

    RelationFields(Relation relation) {
        this.relation = relation;
        for (String role : relation.roles()) {
            columns.put(role, new SimpleStringProperty(this, role, relation.defaultColumn(role)));
            columnMessages.put(role, new ReadOnlyStringWrapper(this, role + "Message", ""));
        }
    }

    public Relation relation() {
        return relation;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** The table name (catalog.schema.table) or the SELECT, as {@link #kindProperty()} says. */
    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<TimeFormat> timeFormatProperty() {
        return timeFormat;
    }

    public StringProperty columnProperty(String role) {
        return columns.get(role);
    }

    public ReadOnlyStringProperty columnMessageProperty(String role) {
        return columnMessages.get(role).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textMessageProperty() {
        return textMessage.getReadOnlyProperty();
    }

    /** Every input, for listeners that re-check the form. */
    List<Observable> inputs() {
        List<Observable> inputs = new ArrayList<>(List.of(kind, text, timeFormat));
        inputs.addAll(columns.values());
        return inputs;
    }

    boolean isEmpty() {
        return text.get() == null || text.get().isBlank();
    }

    /** The table name, or null for a query or an empty relation. */
    String table() {
        return kind.get() == Kind.TABLE && !isEmpty() ? text.get().strip() : null;
    }

    /** The query, or null for a table or an empty relation. */
    String query() {
        return kind.get() == Kind.QUERY && !isEmpty() ? text.get().strip() : null;
    }

    /** Every role with its column, e.g. {@code unit=user_id,experiment=,...,time-format=epoch_ms}. */
    String roles() {
        List<String> pairs = new ArrayList<>();
        columns.forEach((role, column) -> pairs.add(role + "=" + strip(column.get())));
        pairs.add(Relation.TIME_FORMAT + "=" + timeFormat.get().option());
        return String.join(",", pairs);
    }

    /** Shows a saved relation: its table or query and its {@code role=column,...} value. */
    void load(String savedTable, String savedQuery, String savedRoles) {
        kind.set(savedQuery != null ? Kind.QUERY : Kind.TABLE);
        text.set(savedQuery != null ? savedQuery : savedTable == null ? "" : savedTable);
        Map<String, String> saved = TableMappingOptions.columns(relation.option(), savedRoles, relation.defaults());
        columns.forEach((role, column) -> column.set(saved.getOrDefault(role, "")));
        timeFormat.set(TimeFormat.of(saved.get(Relation.TIME_FORMAT)));
    }

    /**
     * Checks the fields and sets their messages.
     *
     * @param needed whether the relation must be given (else an empty one is fine and its columns are not checked)
     * @return whether every field is right
     */
    boolean check(boolean needed) {
        boolean valid = true;
        String problem = "";
        if (isEmpty()) {
            problem = needed ? (kind.get() == Kind.TABLE ? "Enter the table name, e.g. analytics.assignments."
                    : "Enter a SELECT that returns the columns below.") : "";
        } else {
            problem = relationProblem();
        }
        textMessage.set(problem);
        valid &= problem.isEmpty();
        boolean checkColumns = needed || !isEmpty();
        for (Map.Entry<String, StringProperty> entry : columns.entrySet()) {
            String message = checkColumns ? columnProblem(entry.getKey(), strip(entry.getValue().get())) : "";
            columnMessages.get(entry.getKey()).set(message);
            valid &= message.isEmpty();
        }
        return valid;
    }

    private String relationProblem() {
        try {
            if (kind.get() == Kind.TABLE) {
                SourceRelation.table(text.get().strip());
            } else {
                SourceRelation.query(text.get());
            }
            return "";
        } catch (UserFacingException e) {
            return e.getMessage();
        }
    }

    private String columnProblem(String role, String column) {
        if (column.isEmpty()) {
            return relation.isRequired(role) ? "Required: the column holding the " + Relation.label(role)
                    .toLowerCase(java.util.Locale.ROOT) + "." : "";
        }
        try {
            Identifiers.requireValid(column, "column");
            return "";
        } catch (UserFacingException e) {
            return e.getMessage();
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
