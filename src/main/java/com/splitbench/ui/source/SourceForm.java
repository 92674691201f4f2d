package com.splitbench.ui.source;

import com.splitbench.analysis.sql.Dialects;
import com.splitbench.analysis.sql.SqlDialect;
import com.splitbench.warehouse.SavedSource;
import com.splitbench.warehouse.TableMappingOptions;
import java.util.ArrayList;
import java.util.EnumMap;
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
 * Everything the connection dialog asks for, as editable properties: where the database is, who connects, how the
 * tables map onto the analysis, and the name to save it under. {@link SourceFormCheck} checks it. Holds no nodes.
 */
public final class SourceForm {

    /** The engine choice that means "tell it from the URL". */
    public static final String DETECT = "detect";

    final StringProperty url = new SimpleStringProperty(this, "url", "");
    final StringProperty engine = new SimpleStringProperty(this, "engine", DETECT);
    final StringProperty user = new SimpleStringProperty(this, "user", "");
    final StringProperty password = new SimpleStringProperty(this, "password", "");
    final StringProperty driverJar = new SimpleStringProperty(this, "driverJar", "");
    final ObjectProperty<SourceLayout> layout = new SimpleObjectProperty<>(this, "layout",
            SourceLayout.ASSIGNMENTS_AND_EVENTS);
    final RelationFields assignments = new RelationFields(Relation.ASSIGNMENTS);
    final RelationFields events = new RelationFields(Relation.EVENTS);
    final RelationFields userTable = new RelationFields(Relation.USER_TABLE);
    final StringProperty dimensions = new SimpleStringProperty(this, "dimensions", "");
    final StringProperty contextColumn = new SimpleStringProperty(this, "contextColumn", "");
    final StringProperty contextKeys = new SimpleStringProperty(this, "contextKeys", "");
    final StringProperty metricColumns = new SimpleStringProperty(this, "metricColumns", "");
    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final Map<SourceField, ReadOnlyStringWrapper> messages = new EnumMap<>(SourceField.class);

    SourceForm() {
        for (SourceField field : SourceField.values()) {
            messages.put(field, new ReadOnlyStringWrapper(this, field.name(), ""));
        }
    }

    /** The engines to choose from: {@link #DETECT}, then every dialect's name. */
    public static List<String> engines() {
        List<String> engines = new ArrayList<>(List.of(DETECT));
        Dialects.all().stream().map(SqlDialect::name).forEach(engines::add);
        return engines;
    }

    /** Every input, for listeners that re-check the form (the password is not checked). */
    List<Observable> inputs() {
        List<Observable> inputs = new ArrayList<>(List.of(url, engine, user, driverJar, layout, dimensions,
                contextColumn, contextKeys, metricColumns, name, description));
        for (RelationFields relation : List.of(assignments, events, userTable)) {
            inputs.addAll(relation.inputs());
        }
        return inputs;
    }

    void setMessage(SourceField field, String message) {
        messages.get(field).set(message);
    }

    /** The table-mapping options the fields give; the relation not used by the layout is left out. */
    TableMappingOptions mappingOptions() {
        boolean assignmentLayout = layout.get() == SourceLayout.ASSIGNMENTS_AND_EVENTS;
        RelationFields who = assignmentLayout ? assignments : userTable;
        return new TableMappingOptions(assignmentLayout ? who.table() : null, assignmentLayout ? who.query() : null,
                assignmentLayout ? who.roles() : null, blankToNull(dimensions.get()),
                assignmentLayout ? blankToNull(contextColumn.get()) : null,
                assignmentLayout ? blankToNull(contextKeys.get()) : null, events.table(), events.query(),
                events.isEmpty() ? null : events.roles(), assignmentLayout ? null : who.table(),
                assignmentLayout ? null : who.query(), assignmentLayout ? null : who.roles(),
                assignmentLayout ? null : blankToNull(metricColumns.get()));
    }

    /** Shows a saved source to edit; the password is not saved, so it is given separately (or left empty). */
    void load(SavedSource source, String knownPassword) {
        url.set(source.jdbcUrl());
        engine.set(source.engine() == null ? DETECT : source.engine());
        user.set(source.user() == null ? "" : source.user());
        password.set(knownPassword == null ? "" : knownPassword);
        driverJar.set(source.driverJar() == null ? "" : source.driverJar());
        TableMappingOptions options = source.mapping();
        boolean assignmentLayout = options.userTable() == null && options.userTableQuery() == null;
        layout.set(assignmentLayout ? SourceLayout.ASSIGNMENTS_AND_EVENTS : SourceLayout.USER_TABLE);
        if (assignmentLayout) {
            assignments.load(options.assignmentsTable(), options.assignmentsQuery(), options.assignmentColumns());
        } else {
            userTable.load(options.userTable(), options.userTableQuery(), options.userTableColumns());
        }
        events.load(options.eventsTable(), options.eventsQuery(), options.eventColumns());
        dimensions.set(orEmpty(options.dimensions()));
        contextColumn.set(orEmpty(options.contextColumn()));
        contextKeys.set(orEmpty(options.contextKeys()));
        metricColumns.set(orEmpty(options.metricColumns()));
        name.set(source.name());
        description.set(orEmpty(source.description()));
    }

    public StringProperty urlProperty() {
        return url;
    }

    /** {@link #DETECT} or an engine's name. */
    public StringProperty engineProperty() {
        return engine;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** Kept in memory only; never saved with the source. */
    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty driverJarProperty() {
        return driverJar;
    }

    public ObjectProperty<SourceLayout> layoutProperty() {
        return layout;
    }

    public RelationFields assignments() {
        return assignments;
    }

    public RelationFields events() {
        return events;
    }

    public RelationFields userTable() {
        return userTable;
    }

    public StringProperty dimensionsProperty() {
        return dimensions;
    }

    public StringProperty contextColumnProperty() {
        return contextColumn;
    }

    public StringProperty contextKeysProperty() {
        return contextKeys;
    }

    public StringProperty metricColumnsProperty() {
        return metricColumns;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** The message beside a field; empty when it is right. */
    public ReadOnlyStringProperty messageProperty(SourceField field) {
        return messages.get(field).getReadOnlyProperty();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
