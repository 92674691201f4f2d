package com.splitbench.ui.source;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;

/** Binds a warehouse source's page to {@link WarehousePageViewModel}; the results view has its own controller. */
public final class WarehousePageController {

    private final WarehousePageViewModel model;

    @FXML private Label factsLabel;
    @FXML private Button editButton;
    @FXML private ComboBox<String> experimentChoice;
    @FXML private PasswordField passwordField;
    @FXML private Label metricsLabel;
    @FXML private Button deleteButton;
    @FXML private Button analyseButton;
    @FXML private ProgressBar progressBar;
    @FXML private Button cancelButton;
    @FXML private Button saveReportButton;
    @FXML private Label messageLabel;
    @FXML private Label failureLabel;

    public WarehousePageController(WarehousePageViewModel model) {
        this.model = Objects.requireNonNull(model);
    }

    @FXML
    private void initialize() {
        factsLabel.textProperty().bind(model.factsProperty());
        editButton.disableProperty().bind(model.sourceProperty().isNull().or(model.runningProperty()));
        deleteButton.disableProperty().bind(model.sourceProperty().isNull().or(model.runningProperty()));
        metricsLabel.textProperty().bind(model.metricsNoteProperty());
        experimentChoice.setItems(model.experimentKeys());
        experimentChoice.valueProperty().bindBidirectional(model.experimentProperty());
        // An editable combo box commits typed text on Enter or focus loss; follow every keystroke instead.
        experimentChoice.getEditor().textProperty().addListener((observable, before, now) ->
                model.experimentProperty().set(now));
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        analyseButton.disableProperty().bind(model.canAnalyseProperty().not());
        progressBar.progressProperty().bind(model.progressProperty());
        RelationPane.showWhen(progressBar, model.runningProperty());
        RelationPane.showWhen(cancelButton, model.runningProperty());
        saveReportButton.disableProperty().bind(model.runProperty().isNull().or(model.runningProperty())
                .or(model.results().resultProperty().isNull()));
        messageLabel.textProperty().bind(Bindings.when(model.messageProperty().isEmpty())
                .then(model.runSummaryProperty()).otherwise(model.messageProperty()));
        RelationPane.showWhen(messageLabel, messageLabel.textProperty().isNotEmpty());
        failureLabel.textProperty().bind(model.failureProperty());
        RelationPane.showWhen(failureLabel, model.failureProperty().isNotEmpty());
    }

    @FXML
    private void onEdit() {
        model.editSource();
    }

    @FXML
    private void onDelete() {
        model.deleteSource();
    }

    @FXML
    private void onAnalyse() {
        model.analyse();
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }

    @FXML
    private void onSaveReport() {
        model.saveReport();
    }
}
