package com.splitbench.ui.metric;

import com.splitbench.spec.Direction;
import com.splitbench.spec.MetricRole;
import com.splitbench.spec.UserAggregate;
import com.splitbench.spec.ValueFilter;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Binds the metric editor's form to {@link MetricEditorViewModel}; shows only the rows of the chosen kind. */
public final class MetricEditorController {

    private final MetricEditorViewModel model;

    @FXML private VBox root;
    @FXML private TextField nameField;
    @FXML private Label nameMessage;
    @FXML private TextField descriptionField;
    @FXML private ComboBox<MetricType> typeChoice;
    @FXML private Label eventLabel;
    @FXML private HBox eventBox;
    @FXML private Label eventMessage;
    @FXML private Label numeratorLabel;
    @FXML private HBox numeratorBox;
    @FXML private Label numeratorMessage;
    @FXML private Label denominatorLabel;
    @FXML private HBox denominatorBox;
    @FXML private Label denominatorMessage;
    @FXML private Label columnLabel;
    @FXML private ComboBox<String> columnChoice;
    @FXML private Label columnMessage;
    @FXML private Label covariateLabel;
    @FXML private ComboBox<String> covariateChoice;
    @FXML private Label covariateMessage;
    @FXML private Label numeratorColumnLabel;
    @FXML private ComboBox<String> numeratorColumnChoice;
    @FXML private Label numeratorColumnMessage;
    @FXML private Label denominatorColumnLabel;
    @FXML private ComboBox<String> denominatorColumnChoice;
    @FXML private Label denominatorColumnMessage;
    @FXML private Label windowLabel;
    @FXML private TextField windowStartField;
    @FXML private TextField windowLengthField;
    @FXML private Label windowMessage;
    @FXML private ComboBox<Direction> directionChoice;
    @FXML private ComboBox<MetricRole> roleChoice;
    @FXML private ComboBox<MetricEditorViewModel.CappingType> cappingChoice;
    @FXML private TextField cappingField;
    @FXML private Label cappingMessage;
    @FXML private CheckBox cupedCheck;
    @FXML private Label lookbackLabel;
    @FXML private TextField lookbackField;
    @FXML private Label lookbackAfter;
    @FXML private Label cupedMessage;
    @FXML private Label generalMessage;
    @FXML private Label summaryLabel;

    public MetricEditorController(MetricEditorViewModel model) {
        this.model = Objects.requireNonNull(model);
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(model.nameProperty());
        descriptionField.textProperty().bindBidirectional(model.descriptionProperty());
        choice(typeChoice, model.typeProperty(), MetricType.values(), MetricType::label);
        aggregate(eventBox, model.event(), false);
        aggregate(numeratorBox, model.numerator(), true);
        aggregate(denominatorBox, model.denominator(), true);
        editable(columnChoice, model.columns(), model.columnProperty());
        editable(covariateChoice, model.columns(), model.covariateColumnProperty());
        editable(numeratorColumnChoice, model.columns(), model.numeratorColumnProperty());
        editable(denominatorColumnChoice, model.columns(), model.denominatorColumnProperty());
        windowStartField.textProperty().bindBidirectional(model.windowStartProperty());
        windowLengthField.textProperty().bindBidirectional(model.windowLengthProperty());
        choice(directionChoice, model.directionProperty(), Direction.values(), direction ->
                direction == Direction.HIGHER_IS_BETTER ? "Higher is better" : "Lower is better");
        choice(roleChoice, model.roleProperty(), MetricRole.values(), role -> switch (role) {
            case GOAL -> "Goal (decides the test; corrected together)";
            case GUARDRAIL -> "Guardrail (must not get worse)";
            case SECONDARY -> "Secondary (watched, not decisive)";
        });
        choice(cappingChoice, model.cappingTypeProperty(), MetricEditorViewModel.CappingType.values(), type ->
                switch (type) {
                    case NONE -> "No capping";
                    case ABSOLUTE -> "Cap each user at";
                    case PERCENTILE -> "Cap at percentile";
                });
        cappingField.textProperty().bindBidirectional(model.cappingValueProperty());
        cappingField.disableProperty().bind(model.cappingTypeProperty().isEqualTo(
                MetricEditorViewModel.CappingType.NONE));
        cupedCheck.selectedProperty().bindBidirectional(model.cupedProperty());
        lookbackField.textProperty().bindBidirectional(model.cupedLookbackProperty());
        lookbackField.disableProperty().bind(model.cupedProperty().not());
        messages();
        visibility();
        summaryLabel.textProperty().bind(model.summaryProperty());
    }

    private void messages() {
        message(nameMessage, MetricField.NAME, nameField);
        message(eventMessage, MetricField.EVENT, null);
        eventMessage.textProperty().bind(model.messageProperty(MetricField.EVENT).concat(
                model.messageProperty(MetricField.FILTER)));
        message(numeratorMessage, MetricField.NUMERATOR, null);
        message(denominatorMessage, MetricField.DENOMINATOR, null);
        message(columnMessage, MetricField.COLUMN, null);
        message(covariateMessage, MetricField.COVARIATE, null);
        message(numeratorColumnMessage, MetricField.NUMERATOR_COLUMN, null);
        message(denominatorColumnMessage, MetricField.DENOMINATOR_COLUMN, null);
        windowMessage.textProperty().bind(model.messageProperty(MetricField.WINDOW_START).concat(
                model.messageProperty(MetricField.WINDOW_LENGTH)));
        message(cappingMessage, MetricField.CAPPING, cappingField);
        message(cupedMessage, MetricField.CUPED, lookbackField);
        message(generalMessage, MetricField.GENERAL, null);
    }

    private void visibility() {
        // Each form row is an HBox: hiding the row itself leaves no gap.
        show(model.shown(MetricType.BINARY, MetricType.COUNT, MetricType.MEAN), eventLabel.getParent());
        show(model.shown(MetricType.RATIO), numeratorLabel.getParent(), denominatorLabel.getParent());
        show(model.shown(MetricType.COLUMN), columnLabel.getParent(), covariateLabel.getParent());
        show(model.shown(MetricType.COLUMN_RATIO), numeratorColumnLabel.getParent(),
                denominatorColumnLabel.getParent());
        show(model.shown(MetricType.BINARY, MetricType.COUNT, MetricType.MEAN, MetricType.RATIO),
                windowLabel.getParent());
        BooleanBinding eventCuped = model.shown(MetricType.BINARY, MetricType.COUNT, MetricType.MEAN);
        show(eventCuped, lookbackLabel, lookbackField, lookbackAfter);
        cupedCheck.textProperty().bind(eventCuped.map(events -> events ? "Reduce variance with"
                : "Reduce variance with the covariate column"));
    }

    private void message(Label label, MetricField field, TextField marked) {
        ReadOnlyStringProperty message = model.messageProperty(field);
        label.textProperty().bind(message);
        if (marked != null) {
            message.addListener((o, b, now) -> marked.pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("danger"), !now.isEmpty()));
        }
    }

    private void aggregate(HBox box, MetricEditorViewModel.AggregateFields fields, boolean withAggregation) {
        ComboBox<String> event = new ComboBox<>();
        editable(event, model.eventTypes(), fields.eventProperty());
        event.setPromptText("event type");
        event.setPrefWidth(130);
        box.getChildren().add(event);
        if (withAggregation) {
            ComboBox<UserAggregate.Aggregation> aggregation = new ComboBox<>();
            choice(aggregation, fields.aggregationProperty(), UserAggregate.Aggregation.values(), value ->
                    switch (value) {
                        case ANY -> "has any";
                        case COUNT -> "count";
                        case SUM -> "sum of values";
                    });
            box.getChildren().add(aggregation);
        }
        ComboBox<ValueFilter.Op> op = new ComboBox<>();
        choice(op, fields.opProperty(), ValueFilter.Op.values(), value -> value == ValueFilter.Op.ANY
                ? "any value" : "value " + value.symbol());
        op.setPrefWidth(120);
        TextField value = new TextField();
        value.setPrefColumnCount(5);
        value.textProperty().bindBidirectional(fields.valueProperty());
        value.disableProperty().bind(fields.opProperty().isEqualTo(ValueFilter.Op.ANY));
        box.getChildren().addAll(op, value);
    }

    private static void editable(ComboBox<String> combo, ObservableList<String> items, StringProperty value) {
        combo.setEditable(true);
        combo.setItems(items);
        combo.getEditor().textProperty().bindBidirectional(value);
        combo.valueProperty().addListener((o, b, now) -> {
            if (now != null && !now.equals(value.get())) {
                value.set(now);
            }
        });
    }

    private static <T> void choice(ComboBox<T> combo, ObjectProperty<T> value, T[] values, Function<T, String> text) {
        combo.getItems().setAll(values);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String string) {
                return combo.getItems().stream().filter(item -> text.apply(item).equals(string)).findFirst()
                        .orElse(null);
            }
        });
        combo.valueProperty().bindBidirectional(value);
    }

    private static void show(BooleanBinding shown, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
    }

    /** The form's root, for hosts that put it in a dialog. */
    public VBox root() {
        return root;
    }
}
