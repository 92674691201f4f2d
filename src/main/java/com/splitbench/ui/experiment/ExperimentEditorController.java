package com.splitbench.ui.experiment;

import com.splitbench.spec.MetricDefinition;
import com.splitbench.ui.metric.MetricEditorViewModel;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Binds the experiment editor to {@link ExperimentEditorViewModel}; metrics open the metric editor in a dialog. */
public final class ExperimentEditorController {

    private final ExperimentEditorViewModel model;
    private final Function<MetricEditorViewModel, Parent> metricEditors;

    @FXML private TextField nameField;
    @FXML private Label nameMessage;
    @FXML private TextArea hypothesisArea;
    @FXML private ComboBox<String> controlChoice;
    @FXML private VBox weightsBox;
    @FXML private Label weightsMessage;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker untilPicker;
    @FXML private Label datesMessage;
    @FXML private TextArea notesArea;
    @FXML private Label metricsMessage;
    @FXML private TableView<MetricChoice> metricsTable;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Label statusLabel;

    public ExperimentEditorController(ExperimentEditorViewModel model,
                                      Function<MetricEditorViewModel, Parent> metricEditors) {
        this.model = Objects.requireNonNull(model);
        this.metricEditors = Objects.requireNonNull(metricEditors);
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(model.nameProperty());
        nameMessage.textProperty().bind(model.nameMessageProperty());
        hypothesisArea.textProperty().bindBidirectional(model.hypothesisProperty());
        controlChoice.setItems(model.variants());
        controlChoice.valueProperty().bindBidirectional(model.controlProperty());
        weightsMessage.textProperty().bind(model.weightsMessageProperty());
        model.weights().addListener((ListChangeListener<WeightField>) change -> showWeights());
        showWeights();
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        untilPicker.valueProperty().bindBidirectional(model.untilProperty());
        datesMessage.textProperty().bind(model.datesMessageProperty());
        notesArea.textProperty().bindBidirectional(model.notesProperty());
        metricsMessage.textProperty().bind(model.metricsMessageProperty());
        bindMetrics();
        saveButton.disableProperty().bind(model.canSave().not());
        revertButton.disableProperty().bind(model.changedProperty().not());
        statusLabel.textProperty().bind(model.statusProperty());
    }

    private void showWeights() {
        weightsBox.getChildren().clear();
        for (WeightField weight : model.weights()) {
            Label variant = new Label(weight.variant());
            variant.setMinWidth(140);
            TextField field = new TextField();
            field.setPrefColumnCount(6);
            field.textProperty().bindBidirectional(weight.textProperty());
            Label message = new Label();
            message.textProperty().bind(weight.messageProperty());
            message.getStyleClass().add("field-error");
            HBox row = new HBox(8, variant, field, message);
            row.setAlignment(Pos.CENTER_LEFT);
            weightsBox.getChildren().add(row);
        }
    }

    private void bindMetrics() {
        TableColumn<MetricChoice, Boolean> use = new TableColumn<>("Use");
        use.setCellValueFactory(data -> data.getValue().selectedProperty());
        use.setCellFactory(CheckBoxTableCell.forTableColumn(use));
        use.setPrefWidth(50);
        TableColumn<MetricChoice, String> name = text("Metric", MetricChoice::name, 170);
        TableColumn<MetricChoice, String> what = text("What it measures", MetricChoice::description, 460);
        TableColumn<MetricChoice, String> source = text("From", MetricChoice::source, 110);
        TableColumn<MetricChoice, MetricChoice> edit = new TableColumn<>();
        edit.setCellValueFactory(data -> new SimpleObjectProperty<>(data.getValue()));
        edit.setCellFactory(column -> new EditCell());
        edit.setPrefWidth(80);
        metricsTable.getColumns().setAll(java.util.List.of(use, name, what, source, edit));
        metricsTable.setEditable(true);
        metricsTable.setItems(model.metrics());
        metricsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static TableColumn<MetricChoice, String> text(String title, Function<MetricChoice, String> value,
                                                          double width) {
        TableColumn<MetricChoice, String> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new SimpleObjectProperty<>(value.apply(data.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    @FXML
    private void onNewMetric() {
        editMetric(null);
    }

    @FXML
    private void onSave() {
        model.save();
    }

    @FXML
    private void onRevert() {
        model.revert();
    }

    private void editMetric(MetricDefinition metric) {
        String editedName = metric == null ? "" : metric.name();
        MetricEditorViewModel form = new MetricEditorViewModel(model.catalog(), model.otherMetricNames(editedName));
        if (metric != null) {
            form.edit(metric);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(metricsTable.getScene().getWindow());
        dialog.setTitle(metric == null ? "New metric" : "Edit " + metric.name());
        dialog.getDialogPane().setContent(metricEditors.apply(form));
        dialog.getDialogPane().setPrefWidth(960);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(form.valid().not());
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK && form.definitionProperty().get() != null) {
            model.putMetric(form.definitionProperty().get(), editedName);
        }
    }

    /** The "Edit…" button of a metric row. */
    private final class EditCell extends TableCell<MetricChoice, MetricChoice> {
        private final Button button = new Button("Edit…");

        EditCell() {
            button.getStyleClass().addAll("small", "flat");
            button.setOnAction(event -> editMetric(getItem().metric()));
        }

        @Override
        protected void updateItem(MetricChoice item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(empty || item == null ? null : button);
        }
    }
}
