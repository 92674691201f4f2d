package com.splitbench.ui.importwizard;

import com.splitbench.ingest.BadRow;
import com.splitbench.ui.common.DialogService;
import com.splitbench.ui.common.FileType;
import com.splitbench.ui.table.TableClipboard;
import com.splitbench.workspace.ImportShape;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Binds the import wizard to {@link ImportWizardViewModel}. */
public final class ImportWizardController {

    private static final List<String> ZONES = List.of("UTC", "Europe/London", "Europe/Berlin", "Europe/Paris",
            "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Sao_Paulo", "Asia/Kolkata",
            "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney");

    private final ImportWizardViewModel model;
    private final DialogService dialogs;
    private final Runnable close;
    private FileSetupPane filePane;

    @FXML private SplitPane setupPane;
    @FXML private ListView<FileSetup> fileList;
    @FXML private Button removeButton;
    @FXML private Label fileTitle;
    @FXML private Label fileProblem;
    @FXML private ComboBox<ImportShape> shapeChoice;
    @FXML private Label shapeHint;
    @FXML private GridPane mappingGrid;
    @FXML private HBox experimentRow;
    @FXML private Label experimentLabel;
    @FXML private TextField experimentField;
    @FXML private Label experimentMessage;
    @FXML private TableView<List<String>> previewTable;
    @FXML private VBox progressPane;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private VBox summaryPane;
    @FXML private Label headlineLabel;
    @FXML private Label detailsLabel;
    @FXML private TableView<FileResult> resultsTable;
    @FXML private Label rejectedTitle;
    @FXML private TableView<BadRow> rejectedTable;
    @FXML private HBox optionsBox;
    @FXML private ComboBox<String> zoneChoice;
    @FXML private Label zoneMessage;
    @FXML private CheckBox skipCheck;
    @FXML private CheckBox duplicatesCheck;
    @FXML private Button backButton;
    @FXML private Button retryButton;
    @FXML private Button closeButton;
    @FXML private Button importButton;

    /** @param close closes the wizard's window */
    public ImportWizardController(ImportWizardViewModel model, DialogService dialogs, Runnable close) {
        this.model = Objects.requireNonNull(model);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.close = Objects.requireNonNull(close);
    }

    @FXML
    private void initialize() {
        filePane = new FileSetupPane(mappingGrid, previewTable);
        fileList.setItems(model.files());
        fileList.setCellFactory(list -> new FileCell());
        fileList.getSelectionModel().selectedItemProperty().addListener((o, b, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, before, now) -> showFile(before, now));
        removeButton.disableProperty().bind(fileList.getSelectionModel().selectedItemProperty().isNull());
        fileProblem.visibleProperty().bind(fileProblem.textProperty().isNotEmpty());
        fileProblem.managedProperty().bind(fileProblem.visibleProperty());
        shapeChoice.getItems().setAll(ImportShape.values());
        shapeChoice.setConverter(new ShapeNames());
        zoneChoice.getItems().setAll(ZONES);
        zoneChoice.getEditor().textProperty().bindBidirectional(model.timeZoneProperty());
        zoneChoice.valueProperty().addListener((o, b, now) -> {
            if (now != null) {
                model.timeZoneProperty().set(now);
            }
        });
        zoneMessage.textProperty().bind(model.timeZoneMessageProperty());
        skipCheck.selectedProperty().bindBidirectional(model.skipBadRowsProperty());
        duplicatesCheck.selectedProperty().bindBidirectional(model.keepDuplicatesProperty());
        progressBar.progressProperty().bind(model.progressProperty());
        progressLabel.textProperty().bind(model.progressTextProperty());
        bindSummary();
        bindSteps();
        showFile(null, model.selectedProperty().get());
    }

    private void showFile(FileSetup before, FileSetup file) {
        if (before != null) {
            shapeChoice.valueProperty().unbindBidirectional(before.shapeProperty());
            experimentField.textProperty().unbindBidirectional(before.experimentProperty());
        }
        fileList.getSelectionModel().select(file);
        filePane.show(file);
        fileTitle.textProperty().unbind();
        fileProblem.textProperty().unbind();
        experimentMessage.textProperty().unbind();
        if (file == null) {
            fileTitle.setText("Add files to import");
            return;
        }
        fileTitle.textProperty().bind(file.previewProperty().map(read -> file.fileName() + " · " + read.format())
                .orElse(file.fileName()));
        fileProblem.textProperty().bind(file.problemProperty());
        shapeChoice.valueProperty().bindBidirectional(file.shapeProperty());
        shapeHint.textProperty().bind(file.shapeProperty().map(ImportWizardController::hint).orElse(""));
        experimentField.textProperty().bindBidirectional(file.experimentProperty());
        experimentMessage.textProperty().bind(file.experimentMessageProperty());
        experimentLabel.textProperty().bind(file.shapeProperty().map(shape -> shape == ImportShape.EVENTS
                ? "Tie the events to experiment (optional)" : "Experiment key"));
        experimentRow.visibleProperty().bind(file.columnProperty(com.splitbench.ingest.mapping.ColumnRole.EXPERIMENT)
                .isEmpty());
        experimentRow.managedProperty().bind(experimentRow.visibleProperty());
    }

    private void bindSummary() {
        headlineLabel.textProperty().bind(model.headlineProperty());
        detailsLabel.textProperty().bind(model.detailsProperty());
        ImportSummaryTables.bind(resultsTable, rejectedTable, model);
        rejectedTitle.visibleProperty().bind(rejectedTable.visibleProperty());
    }

    private void bindSteps() {
        var step = model.stepProperty();
        setupPane.visibleProperty().bind(step.isEqualTo(ImportWizardViewModel.Step.SETUP));
        progressPane.visibleProperty().bind(step.isEqualTo(ImportWizardViewModel.Step.IMPORTING));
        summaryPane.visibleProperty().bind(step.isEqualTo(ImportWizardViewModel.Step.SUMMARY));
        shown(optionsBox, setupPane.visibleProperty());
        shown(importButton, setupPane.visibleProperty());
        importButton.disableProperty().bind(model.readyProperty().not());
        shown(closeButton, progressPane.visibleProperty().not());
        closeButton.textProperty().bind(step.map(now -> now == ImportWizardViewModel.Step.SUMMARY ? "Close"
                : "Cancel"));
        shown(backButton, summaryPane.visibleProperty().and(model.failedProperty()));
        shown(retryButton, summaryPane.visibleProperty().and(model.failedProperty())
                .and(javafx.beans.binding.Bindings.isNotEmpty(model.rejected())).and(model.skipBadRowsProperty()
                        .not()));
    }

    private static void shown(Node node, javafx.beans.value.ObservableBooleanValue visible) {
        node.visibleProperty().bind(visible);
        node.managedProperty().bind(node.visibleProperty());
    }

    static String hint(ImportShape shape) {
        return switch (shape) {
            case ASSIGNMENTS -> "one row per user and experiment: who saw which variant, and when";
            case EVENTS -> "one row per thing a user did: event type, time, maybe a value";
            case USERS -> "one row per user: a variant column and metric columns";
        };
    }

    @FXML
    private void onAdd() {
        model.addFiles(dialogs.chooseFilesToOpen("Add export files", List.of(FileType.EXPORTS)));
    }

    @FXML
    private void onRemove() {
        model.remove(fileList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onImport() {
        model.start();
    }

    @FXML
    private void onCancelImport() {
        model.cancel();
    }

    @FXML
    private void onBack() {
        model.backToSetup();
    }

    @FXML
    private void onRetry() {
        model.retrySkippingBadRows();
    }

    @FXML
    private void onClose() {
        close.run();
    }
}
