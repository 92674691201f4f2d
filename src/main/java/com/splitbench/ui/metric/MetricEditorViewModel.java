package com.splitbench.ui.metric;

import com.splitbench.spec.Direction;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricRole;
import com.splitbench.spec.UserAggregate;
import com.splitbench.spec.ValueFilter;
import com.splitbench.ui.metric.MetricCatalog;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The metric editor: every option of a metric definition as an editable property, checked on every change with a
 * message next to the field that is wrong; when all fields are right, {@link #definitionProperty()} holds the
 * metric. Holds no nodes.
 */
public final class MetricEditorViewModel {

    /** How extreme values are limited. */
    public enum CappingType { NONE, ABSOLUTE, PERCENTILE }

    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final StringProperty description = new SimpleStringProperty(this, "description", "");
    final ObjectProperty<MetricType> type = new SimpleObjectProperty<>(this, "type", MetricType.BINARY);
    final AggregateFields event = new AggregateFields();
    final AggregateFields numerator = new AggregateFields();
    final AggregateFields denominator = new AggregateFields();
    final StringProperty column = new SimpleStringProperty(this, "column", "");
    final StringProperty covariateColumn = new SimpleStringProperty(this, "covariateColumn", "");
    final StringProperty numeratorColumn = new SimpleStringProperty(this, "numeratorColumn", "");
    final StringProperty denominatorColumn = new SimpleStringProperty(this, "denominatorColumn", "");
    final StringProperty windowStart = new SimpleStringProperty(this, "windowStart", "0h");
    final StringProperty windowLength = new SimpleStringProperty(this, "windowLength", "");
    final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(this, "direction",
            Direction.HIGHER_IS_BETTER);
    final ObjectProperty<MetricRole> role = new SimpleObjectProperty<>(this, "role", MetricRole.GOAL);
    final ObjectProperty<CappingType> cappingType = new SimpleObjectProperty<>(this, "cappingType", CappingType.NONE);
    final StringProperty cappingValue = new SimpleStringProperty(this, "cappingValue", "");
    final BooleanProperty cuped = new SimpleBooleanProperty(this, "cuped");
    final StringProperty cupedLookback = new SimpleStringProperty(this, "cupedLookback", "14d");

    private final MetricCatalog catalog;
    private final Set<String> takenNames;
    private final ObservableList<String> eventTypes;
    private final ObservableList<String> columns;
    private final Map<MetricField, ReadOnlyStringWrapper> messages = new EnumMap<>(MetricField.class);
    private final ReadOnlyObjectWrapper<MetricDefinition> definition = new ReadOnlyObjectWrapper<>(this, "definition");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /** One event aggregate: the event type, how it is aggregated (ratios only) and its value filter. */
    public static final class AggregateFields {
        final StringProperty event = new SimpleStringProperty(this, "event", "");
        final ObjectProperty<UserAggregate.Aggregation> aggregation = new SimpleObjectProperty<>(this, "aggregation",
                UserAggregate.Aggregation.COUNT);
        final ObjectProperty<ValueFilter.Op> op = new SimpleObjectProperty<>(this, "op", ValueFilter.Op.ANY);
        final StringProperty value = new SimpleStringProperty(this, "value", "");

        public StringProperty eventProperty() {
            return event;
        }

        public ObjectProperty<UserAggregate.Aggregation> aggregationProperty() {
            return aggregation;
        }

        public ObjectProperty<ValueFilter.Op> opProperty() {
            return op;
        }

        public StringProperty valueProperty() {
            return value;
        }

        List<ObservableValue<?>> all() {
            return List.of(event, aggregation, op, value);
        }
    }

    /**
     * @param catalog    the event types and columns to choose from
     * @param takenNames names of other metrics, which this one must not reuse
     */
    public MetricEditorViewModel(MetricCatalog catalog, Set<String> takenNames) {
        this.catalog = catalog;
        this.takenNames = Set.copyOf(takenNames);
        this.eventTypes = FXCollections.observableArrayList(catalog.eventTypes());
        this.columns = FXCollections.observableArrayList(catalog.columns());
        for (MetricField field : MetricField.values()) {
            messages.put(field, new ReadOnlyStringWrapper(this, field.name(), ""));
        }
        for (ObservableValue<?> input : List.<ObservableValue<?>>of(name, description, type, column, covariateColumn, numeratorColumn,
                denominatorColumn, windowStart, windowLength, direction, role, cappingType, cappingValue, cuped,
                cupedLookback)) {
            input.addListener((observable, before, now) -> check());
        }
        for (AggregateFields aggregate : List.of(event, numerator, denominator)) {
            aggregate.all().forEach(input -> input.addListener((observable, before, now) -> check()));
        }
        if (!catalog.columns().isEmpty()) {
            type.set(MetricType.COLUMN);
        }
        check();
    }

    /** Shows a metric to edit. */
    public void edit(MetricDefinition metric) {
        MetricFormLoader.load(this, metric);
        check();
    }

    private void check() {
        MetricForm.Result checked = MetricForm.build(this, catalog, takenNames);
        for (MetricField field : MetricField.values()) {
            messages.get(field).set(checked.messages().getOrDefault(field, ""));
        }
        definition.set(checked.definition().orElse(null));
        summary.set(checked.definition().map(com.splitbench.ui.results.MetricWords::describe).orElse(""));
    }

    /** The message next to a field; empty when it is right. */
    public ReadOnlyStringProperty messageProperty(MetricField field) {
        return messages.get(field).getReadOnlyProperty();
    }

    /** The metric as defined, or null while a field is wrong. */
    public ReadOnlyObjectProperty<MetricDefinition> definitionProperty() {
        return definition.getReadOnlyProperty();
    }

    /** The metric in words, e.g. for the line under the form. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public BooleanBinding valid() {
        return definition.isNotNull();
    }

    /** Whether the fields of a kind are shown. */
    public BooleanBinding shown(MetricType... types) {
        Set<MetricType> set = Set.of(types);
        return Bindings.createBooleanBinding(() -> set.contains(type.get()), type);
    }

    public ObservableList<String> eventTypes() {
        return eventTypes;
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<MetricType> typeProperty() {
        return type;
    }

    public AggregateFields event() {
        return event;
    }

    public AggregateFields numerator() {
        return numerator;
    }

    public AggregateFields denominator() {
        return denominator;
    }

    public StringProperty columnProperty() {
        return column;
    }

    public StringProperty covariateColumnProperty() {
        return covariateColumn;
    }

    public StringProperty numeratorColumnProperty() {
        return numeratorColumn;
    }

    public StringProperty denominatorColumnProperty() {
        return denominatorColumn;
    }

    public StringProperty windowStartProperty() {
        return windowStart;
    }

    public StringProperty windowLengthProperty() {
        return windowLength;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    public ObjectProperty<MetricRole> roleProperty() {
        return role;
    }

    public ObjectProperty<CappingType> cappingTypeProperty() {
        return cappingType;
    }

    public StringProperty cappingValueProperty() {
        return cappingValue;
    }

    public BooleanProperty cupedProperty() {
        return cuped;
    }

    public StringProperty cupedLookbackProperty() {
        return cupedLookback;
    }
}
