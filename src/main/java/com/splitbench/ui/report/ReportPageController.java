package com.splitbench.ui.report;

import com.splitbench.report.verify.Difference;
import com.splitbench.ui.table.TableClipboard;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Binds a report's page to {@link ReportPageViewModel}; the results, overview and charts tabs have their own. */
public final class ReportPageController {

    private final ReportPageViewModel model;

    @FXML private Label decisionLabel;
    @FXML private Label provenanceLabel;
    @FXML private Label notesLabel;
    @FXML private Button verifyButton;
    @FXML private VBox root;
    @FXML private VBox header;
    @FXML private TitledPane fingerprintPane;
    @FXML private ScrollPane fingerprintScroll;
    @FXML private GridPane filesGrid;
    @FXML private GridPane exclusionsGrid;
    @FXML private TabPane tabs;
    @FXML private Tab verifyTab;
    @FXML private Label verifySummary;
    @FXML private TableView<Difference> differencesTable;

    public ReportPageController(ReportPageViewModel model) {
        this.model = Objects.requireNonNull(model);
    }

    @FXML
    private void initialize() {
        model.headerProperty().addListener((observable, before, now) -> showHeader(now));
        showHeader(model.headerProperty().get());
        ReportVerification verification = model.verification();
        verifyButton.disableProperty().bind(verification.availableProperty().not());
        verifySummary.textProperty().bind(verification.summaryProperty());
        verification.outcomeProperty().addListener((observable, before, now) -> showOutcome(now));
        verification.runningProperty().addListener((observable, before, now) -> {
            if (now) {
                tabs.getSelectionModel().select(verifyTab);
            }
        });
        FingerprintHeight.bound(root, header, fingerprintPane, fingerprintScroll, tabs);
        differencesTable.setItems(verification.differences());
        differencesTable.getColumns().setAll(java.util.List.of(
                column("Part", d -> d.section().name().toLowerCase(Locale.ROOT), 90),
                column("Metric", Difference::metric, 150), column("Variant", Difference::variant, 110),
                column("Where", Difference::where, 170), column("Number", d -> VerifyWords.field(d.field()), 130),
                column("In the report", Difference::reportValue, 170),
                column("In the workspace", Difference::currentValue, 170)));
        differencesTable.setPlaceholder(new Label("No differences to list."));
        differencesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableClipboard.install(differencesTable);
    }

    private void showHeader(ReportHeader header) {
        decisionLabel.setText(header.decision().label());
        decisionLabel.getStyleClass().removeIf(style -> style.startsWith("decision-")
                && !style.equals("decision-badge"));
        decisionLabel.getStyleClass().add("decision-" + header.decision().fileName().replace('_', '-'));
        provenanceLabel.setText(header.provenance());
        provenanceLabel.setTooltip(new Tooltip(header.fileDescription()));
        notesLabel.setText(header.notes().isEmpty() ? "The author left no notes." : header.notes());
        notesLabel.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("empty"), header.notes().isEmpty());
        fingerprintPane.setText("Data fingerprint: " + header.source());
        FingerprintGrid.fill(filesGrid, header.files());
        FingerprintGrid.fillSideBySide(exclusionsGrid, header.exclusions(), 2);
    }

    private void showOutcome(ReportVerification.Outcome outcome) {
        verifySummary.getStyleClass().removeIf(style -> style.startsWith("verify-") && !style.equals("verify-summary"));
        verifySummary.getStyleClass().add("verify-" + outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static TableColumn<Difference, String> column(String title, Function<Difference, String> value,
                                                          double width) {
        TableColumn<Difference, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    @FXML
    private void onClose() {
        model.close();
    }

    @FXML
    private void onVerify() {
        model.verification().verify();
    }

    public TabPane tabs() {
        return tabs;
    }
}
