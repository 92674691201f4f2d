package com.splitbench.ui.metric;

import java.util.Objects;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Binds a metric's page to {@link MetricPageViewModel}; the form is the metric editor. */
public final class MetricPageController {

    private final MetricPageViewModel model;
    private final Function<MetricEditorViewModel, Parent> editors;

    @FXML private StackPane editorHost;
    @FXML private Button saveButton;
    @FXML private Label statusLabel;

    /** @param editors builds the metric editor's form for a view model */
    public MetricPageController(MetricPageViewModel model, Function<MetricEditorViewModel, Parent> editors) {
        this.model = Objects.requireNonNull(model);
        this.editors = Objects.requireNonNull(editors);
    }

    @FXML
    private void initialize() {
        statusLabel.textProperty().bind(model.statusProperty());
        model.editorProperty().addListener((o, b, editor) -> {
            editorHost.getChildren().setAll(editors.apply(editor));
            saveButton.disableProperty().bind(editor.valid().not().or(model.busyProperty()));
        });
        saveButton.setDisable(true);
    }

    @FXML
    private void onSave() {
        model.save();
    }
}
