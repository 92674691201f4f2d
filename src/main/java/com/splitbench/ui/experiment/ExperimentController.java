package com.splitbench.ui.experiment;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;

/** Binds an experiment's page to {@link ExperimentViewModel}; each tab has its own controller. */
public final class ExperimentController {

    private final ExperimentViewModel model;

    @FXML private Label summaryLabel;
    @FXML private Label hypothesisLabel;
    @FXML private TabPane tabs;
    @FXML private VBox loadingPane;
    @FXML private Label loadingLabel;
    @FXML private Label failureLabel;

    public ExperimentController(ExperimentViewModel model) {
        this.model = Objects.requireNonNull(model);
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(model.summaryProperty());
        hypothesisLabel.textProperty().bind(model.hypothesisProperty());
        hypothesisLabel.visibleProperty().bind(model.hypothesisProperty().isNotEmpty());
        hypothesisLabel.managedProperty().bind(hypothesisLabel.visibleProperty());
        // The page shows its last results while it reloads; the spinner covers it only on the first load.
        loadingPane.visibleProperty().bind(model.loadingProperty().and(model.loadedProperty().isNull()));
        loadingLabel.setText("Analysing " + model.key() + "…");
        failureLabel.textProperty().bind(model.failureProperty());
        failureLabel.visibleProperty().bind(model.failureProperty().isNotEmpty());
        tabs.disableProperty().bind(model.loadedProperty().isNull());
    }

    public TabPane tabs() {
        return tabs;
    }
}
