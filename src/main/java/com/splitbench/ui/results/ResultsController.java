package com.splitbench.ui.results;

import com.splitbench.spec.Correction;
import com.splitbench.ui.glossary.Statistic;
import com.splitbench.ui.glossary.StatisticGlossary;
import com.splitbench.ui.common.BottomPaneHeight;
import com.splitbench.ui.common.HoverTooltip;
import com.splitbench.ui.common.StartupMilestone;
import com.splitbench.ui.table.ColumnWidths;
import com.splitbench.ui.table.TableClipboard;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Binds the results page to {@link ResultsViewModel}; the table's columns come from {@link ResultsTableColumns}. */
public final class ResultsController {

    private final ResultsViewModel model;
    private final StatisticGlossary glossary;

    @FXML private ChoiceBox<String> baselineChoice;
    @FXML private ToggleButton relativeButton;
    @FXML private ToggleButton absoluteButton;
    @FXML private Label correctionLabel;
    @FXML private ChoiceBox<Correction> correctionChoice;
    @FXML private CheckBox cupedCheck;
    @FXML private CheckBox sequentialCheck;
    @FXML private CheckBox bayesianCheck;
    @FXML private ChoiceBox<String> segmentChoice;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label srmBanner;
    @FXML private Label failureLabel;
    @FXML private TableView<ResultLine> table;
    @FXML private TextArea explanationText;
    @FXML private SplitPane split;
    @FXML private VBox explanationPane;

    public ResultsController(ResultsViewModel model, StatisticGlossary glossary) {
        this.model = Objects.requireNonNull(model);
        this.glossary = Objects.requireNonNull(glossary);
    }

    @FXML
    private void initialize() {
        baselineChoice.setItems(model.variants());
        baselineChoice.valueProperty().bindBidirectional(model.baselineProperty());
        HoverTooltip.explaining(baselineChoice).show("The variant every other variant is compared with.");
        ToggleGroup view = new ToggleGroup();
        relativeButton.setToggleGroup(view);
        absoluteButton.setToggleGroup(view);
        relativeButton.setSelected(model.relativeProperty().get());
        absoluteButton.setSelected(!model.relativeProperty().get());
        view.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            } else {
                model.relativeProperty().set(now == relativeButton);
            }
        });
        glossary.explainOnHover(relativeButton, Statistic.RELATIVE_LIFT);
        glossary.explainOnHover(absoluteButton, Statistic.ABSOLUTE_DIFFERENCE);
        correctionChoice.getItems().setAll(Correction.values());
        correctionChoice.setConverter(new CorrectionNames());
        correctionChoice.valueProperty().bindBidirectional(model.correctionProperty());
        glossary.explainOnHover(correctionChoice, Statistic.CORRECTION);
        glossary.explainOnHover(correctionLabel, Statistic.CORRECTION);
        cupedCheck.selectedProperty().bindBidirectional(model.cupedProperty());
        cupedCheck.disableProperty().bind(model.cupedAvailableProperty().not());
        glossary.explainOnHover(cupedCheck, Statistic.CUPED);
        sequentialCheck.selectedProperty().bindBidirectional(model.sequentialProperty());
        glossary.explainOnHover(sequentialCheck, Statistic.SEQUENTIAL);
        bayesianCheck.selectedProperty().bindBidirectional(model.bayesianProperty());
        glossary.explainOnHover(bayesianCheck, Statistic.BAYESIAN);
        segmentChoice.setItems(model.segmentDimensions());
        segmentChoice.valueProperty().bindBidirectional(model.segmentProperty());
        HoverTooltip.explaining(segmentChoice).show("Break the results down by a dimension of the users (device, "
                + "country, ...), with a sample-ratio check in each segment.");
        busyIndicator.visibleProperty().bind(model.computingProperty());
        srmBanner.textProperty().bind(model.srmWarningProperty());
        srmBanner.visibleProperty().bind(model.srmWarningProperty().isNotEmpty());
        srmBanner.managedProperty().bind(srmBanner.visibleProperty());
        glossary.explainOnHover(srmBanner, Statistic.SRM);
        failureLabel.textProperty().bind(model.failureProperty());
        failureLabel.visibleProperty().bind(model.failureProperty().isNotEmpty());
        failureLabel.managedProperty().bind(failureLabel.visibleProperty());
        bindTable();
        explanationText.textProperty().bind(model.explanationProperty());
        BottomPaneHeight.keep(split, explanationPane);
        explanationText.setPromptText("Select a number in the table to see how it was computed: the formula, its "
                + "inputs, the standard error, the method and the choices applied.");
    }

    private void bindTable() {
        ResultsTableColumns.install(table, model, glossary);
        table.setItems(model.lines());
        model.lines().addListener((javafx.collections.ListChangeListener<ResultLine>) change -> {
            if (!model.lines().isEmpty()) {
                StartupMilestone.resultsShown(table);
            }
        });
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The relative/absolute view changes what the difference cells show without changing the rows.
        ColumnWidths.fitContent(table, model.relativeProperty());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.headings().placeholder());
        table.setPlaceholder(placeholder);
        table.getFocusModel().focusedCellProperty().addListener(observable ->
                explain(table.getFocusModel().getFocusedCell()));
        TableClipboard.install(table);
    }

    private void explain(TablePosition<?, ?> position) {
        if (position == null || position.getRow() < 0 || position.getRow() >= table.getItems().size()
                || position.getTableColumn() == null) {
            model.explain(null, null);
            return;
        }
        TableColumn<?, ?> column = position.getTableColumn();
        model.explain(table.getItems().get(position.getRow()), (ResultColumn) column.getUserData());
    }

    /** The table, for tests and for Edit ▸ Copy. */
    public TableView<ResultLine> table() {
        return table;
    }

    /** Correction names as the user reads them. */
    private static final class CorrectionNames extends StringConverter<Correction> {
        @Override
        public String toString(Correction correction) {
            if (correction == null) {
                return "";
            }
            return switch (correction) {
                case NONE -> "No correction";
                case HOLM -> "Holm";
                case BENJAMINI_HOCHBERG -> "Benjamini-Hochberg";
            };
        }

        @Override
        public Correction fromString(String text) {
            throw new UnsupportedOperationException("The correction is chosen from a list");
        }
    }
}
