package com.splitbench.ui.source;

import com.splitbench.ui.common.DialogService;
import com.splitbench.ui.common.FileType;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Binds the connection dialog to {@link ConnectionDialogViewModel}; the relations' parts come from
 * {@link RelationPane}.
 */
public final class ConnectionDialogController {

    private final ConnectionDialogViewModel model;
    private final DialogService dialogs;
    private final Runnable close;

    @FXML private TextField urlField;
    @FXML private Label urlMessage;
    @FXML private ComboBox<String> engineChoice;
    @FXML private Label engineHint;
    @FXML private Label engineMessage;
    @FXML private TextField userField;
    @FXML private PasswordField passwordField;
    @FXML private TextField driverJarField;
    @FXML private Label driverJarMessage;
    @FXML private RadioButton assignmentsLayout;
    @FXML private RadioButton userTableLayout;
    @FXML private VBox assignmentsHost;
    @FXML private VBox userTableHost;
    @FXML private VBox eventsHost;
    @FXML private TextField dimensionsField;
    @FXML private Label dimensionsMessage;
    @FXML private Label contextLabel;
    @FXML private HBox contextBox;
    @FXML private TextField contextColumnField;
    @FXML private TextField contextKeysField;
    @FXML private Label contextMessage;
    @FXML private Label metricColumnsLabel;
    @FXML private TextField metricColumnsField;
    @FXML private Label metricColumnsMessage;
    @FXML private TextField nameField;
    @FXML private Label nameMessage;
    @FXML private Label nameHint;
    @FXML private TextField descriptionField;
    @FXML private Label generalMessage;
    @FXML private Label statusLabel;
    @FXML private Button testButton;
    @FXML private Button saveButton;

    /** @param close closes the dialog's window */
    public ConnectionDialogController(ConnectionDialogViewModel model, DialogService dialogs, Runnable close) {
        this.model = Objects.requireNonNull(model);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.close = Objects.requireNonNull(close);
    }

    @FXML
    private void initialize() {
        SourceForm form = model.form();
        urlField.textProperty().bindBidirectional(form.urlProperty());
        engineChoice.setItems(FXCollections.observableArrayList(SourceForm.engines()));
        engineChoice.setConverter(new EngineNames());
        engineChoice.valueProperty().bindBidirectional(form.engineProperty());
        engineHint.textProperty().bind(model.engineHintProperty());
        userField.textProperty().bindBidirectional(form.userProperty());
        passwordField.textProperty().bindBidirectional(form.passwordProperty());
        driverJarField.textProperty().bindBidirectional(form.driverJarProperty());
        dimensionsField.textProperty().bindBidirectional(form.dimensionsProperty());
        contextColumnField.textProperty().bindBidirectional(form.contextColumnProperty());
        contextKeysField.textProperty().bindBidirectional(form.contextKeysProperty());
        metricColumnsField.textProperty().bindBidirectional(form.metricColumnsProperty());
        nameField.textProperty().bindBidirectional(form.nameProperty());
        descriptionField.textProperty().bindBidirectional(form.descriptionProperty());
        bindMessages(form);
        bindLayout(form);
        statusLabel.textProperty().bind(model.statusProperty());
        RelationPane.showWhen(statusLabel, model.statusProperty().isNotEmpty());
        model.statusKindProperty().addListener((observable, before, now) -> showStatusKind(now));
        testButton.disableProperty().bind(model.sourceProperty().isNull().or(model.busyProperty()));
        saveButton.disableProperty().bind(model.savableProperty().not().or(model.busyProperty()));
    }

    private void bindMessages(SourceForm form) {
        List.of(urlMessage, engineMessage, driverJarMessage, dimensionsMessage, contextMessage,
                metricColumnsMessage, nameMessage, generalMessage).forEach(label ->
                RelationPane.showWhen(label, label.textProperty().isNotEmpty()));
        urlMessage.textProperty().bind(form.messageProperty(SourceField.URL));
        engineMessage.textProperty().bind(form.messageProperty(SourceField.ENGINE));
        driverJarMessage.textProperty().bind(form.messageProperty(SourceField.DRIVER_JAR));
        dimensionsMessage.textProperty().bind(form.messageProperty(SourceField.DIMENSIONS));
        contextMessage.textProperty().bind(form.messageProperty(SourceField.CONTEXT));
        metricColumnsMessage.textProperty().bind(form.messageProperty(SourceField.METRIC_COLUMNS));
        nameMessage.textProperty().bind(form.messageProperty(SourceField.NAME));
        generalMessage.textProperty().bind(form.messageProperty(SourceField.GENERAL));
        nameHint.textProperty().bind(model.nameHintProperty());
        RelationPane.showWhen(nameHint, nameHint.textProperty().isNotEmpty());
    }

    private void bindLayout(SourceForm form) {
        assignmentsHost.getChildren().add(relation(form.assignments(), "Who is in which variant, from when: one row "
                + "per assignment (a user may have several; the earliest counts)."));
        userTableHost.getChildren().add(relation(form.userTable(), "One row per user with the variant and the "
                + "metric columns."));
        eventsHost.getChildren().add(relation(form.events(), "What users did: one row per event. Events with an "
                + "experiment column count only for that experiment."));
        ToggleGroup layouts = new ToggleGroup();
        assignmentsLayout.setToggleGroup(layouts);
        userTableLayout.setToggleGroup(layouts);
        showLayout(form.layoutProperty().get());
        layouts.selectedToggleProperty().addListener((observable, before, now) -> form.layoutProperty().set(
                now == userTableLayout ? SourceLayout.USER_TABLE : SourceLayout.ASSIGNMENTS_AND_EVENTS));
        form.layoutProperty().addListener((observable, before, now) -> showLayout(now));
        var assignmentLayout = form.layoutProperty().isEqualTo(SourceLayout.ASSIGNMENTS_AND_EVENTS);
        RelationPane.showWhen(assignmentsHost, assignmentLayout);
        RelationPane.showWhen(userTableHost, assignmentLayout.not());
        RelationPane.showWhen(contextLabel, assignmentLayout);
        RelationPane.showWhen(contextBox, assignmentLayout);
        RelationPane.showWhen(metricColumnsLabel, assignmentLayout.not());
        RelationPane.showWhen(metricColumnsField, assignmentLayout.not());
    }

    private static VBox relation(RelationFields fields, String hint) {
        VBox pane = RelationPane.create(fields, hint);
        pane.getStyleClass().add("relation-box");
        return pane;
    }

    private void showLayout(SourceLayout layout) {
        (layout == SourceLayout.USER_TABLE ? userTableLayout : assignmentsLayout).setSelected(true);
    }

    private void showStatusKind(ConnectionDialogViewModel.Status kind) {
        statusLabel.getStyleClass().removeAll("working", "connected", "failed");
        if (kind != ConnectionDialogViewModel.Status.NONE) {
            statusLabel.getStyleClass().add(kind.name().toLowerCase(Locale.ROOT));
        }
    }

    @FXML
    private void onBrowseDriver() {
        dialogs.chooseFileToOpen("Choose the JDBC driver jar", List.of(FileType.JAR))
                .ifPresent(jar -> model.form().driverJarProperty().set(jar.toString()));
    }

    @FXML
    private void onTest() {
        model.testConnection();
    }

    @FXML
    private void onSave() {
        model.save();
    }

    @FXML
    private void onCancel() {
        close.run();
    }

    /** "Detect from the URL" for the detect choice, the engine's name otherwise. */
    private static final class EngineNames extends StringConverter<String> {
        @Override
        public String toString(String engine) {
            return engine == null || SourceForm.DETECT.equals(engine) ? "Detect from the URL" : engine;
        }

        @Override
        public String fromString(String text) {
            throw new UnsupportedOperationException("The engine is chosen from a list");
        }
    }
}
