package com.splitbench.ui.experiment;

import com.splitbench.ui.common.Follow;
import com.splitbench.ui.chart.ChartDataLoader;
import com.splitbench.ui.charts.ChartData;
import com.splitbench.ui.charts.ChartServices;
import com.splitbench.ui.charts.ExposureChart;
import com.splitbench.ui.glossary.Statistic;
import com.splitbench.ui.glossary.StatisticGlossary;
import com.splitbench.ui.table.DisplayFormats;
import com.splitbench.ui.table.FormattedNumberCell;
import com.splitbench.ui.table.TableClipboard;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Binds the overview to {@link OverviewViewModel}. */
public final class OverviewController {

    private final OverviewViewModel model;
    private final ChartServices charts;
    private final StatisticGlossary glossary;
    private final ExposureChart daily = new ExposureChart();
    private final ExposureChart cumulative = new ExposureChart();

    @FXML private TableView<VariantShare> sharesTable;
    @FXML private Label srmLabel;
    @FXML private GridPane exposureGrid;
    @FXML private Label noTimesLabel;
    @FXML private VBox checksBox;

    public OverviewController(OverviewViewModel model, ChartServices charts, StatisticGlossary glossary) {
        this.model = Objects.requireNonNull(model);
        this.charts = Objects.requireNonNull(charts);
        this.glossary = Objects.requireNonNull(glossary);
    }

    @FXML
    private void initialize() {
        sharesTable.getColumns().setAll(java.util.List.of(text("Variant", VariantShare::variant),
                number("Users", VariantShare::users, v -> DisplayFormats.number(v, 0)),
                number("Share", VariantShare::share, v -> DisplayFormats.percent(v, 2)),
                number("Planned", VariantShare::planned, v -> DisplayFormats.percent(v, 2)),
                number("Expected", VariantShare::expectedUsers, v -> DisplayFormats.number(v, 1)),
                number("Difference", VariantShare::difference, v -> DisplayFormats.signed(v, 1))));
        glossary.explainColumn(sharesTable.getColumns().get(1), Statistic.USERS);
        glossary.explainColumn(sharesTable.getColumns().get(3), Statistic.SRM);
        sharesTable.setItems(model.shares());
        // As tall as its rows: the page scrolls, the table does not.
        sharesTable.setFixedCellSize(30);
        sharesTable.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(model.shares()).multiply(30)
                .add(46));
        sharesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        sharesTable.getColumns().forEach(column -> column.setSortable(false));
        TableClipboard.install(sharesTable);
        srmLabel.textProperty().bind(model.srmTextProperty());
        glossary.explainOnHover(srmLabel, Statistic.SRM);
        model.srmFlaggedProperty().addListener((observable, before, flagged) -> styleSrm(flagged));
        styleSrm(model.srmFlaggedProperty().get());
        exposureGrid.visibleProperty().bind(model.exposureTimesKnownProperty());
        exposureGrid.managedProperty().bind(exposureGrid.visibleProperty());
        noTimesLabel.visibleProperty().bind(model.exposureTimesKnownProperty().not());
        noTimesLabel.managedProperty().bind(noTimesLabel.visibleProperty());
        exposureGrid.add(charts.pane("Users first exposed per day", daily.chart()), 0, 0);
        exposureGrid.add(charts.pane("Users exposed so far", cumulative.chart()), 1, 0);
        ChartDataLoader dailyLoader = charts.loader();
        ChartDataLoader cumulativeLoader = charts.loader();
        Follow.value(model.exposuresProperty(), now -> {
            dailyLoader.load("Drawing the exposures", task -> ExposureChart.build(ChartData.exposures(now.series(),
                    now.variants(), false), now.series().days(), false), daily::show);
            cumulativeLoader.load("Drawing the exposures", task -> ExposureChart.build(ChartData.exposures(
                    now.series(), now.variants(), true), now.series().days(), true), cumulative::show);
        });
        model.checks().addListener((ListChangeListener<HealthCheck>) change -> showChecks());
        showChecks();
    }

    private void styleSrm(boolean flagged) {
        srmLabel.getStyleClass().remove("flagged");
        if (flagged) {
            srmLabel.getStyleClass().add("flagged");
        }
    }

    private void showChecks() {
        checksBox.getChildren().clear();
        for (HealthCheck check : model.checks()) {
            Label mark = new Label(switch (check.severity()) {
                case OK -> "OK";
                case NOTE -> "NOTE";
                case WARNING -> "CHECK";
                case PROBLEM -> "PROBLEM";
            });
            mark.getStyleClass().addAll("check-mark", check.severity().name().toLowerCase(Locale.ROOT));
            Label title = new Label(check.title());
            title.getStyleClass().add("health-check-title");
            Label text = new Label(check.explanation());
            text.setWrapText(true);
            text.getStyleClass().add("health-check-text");
            VBox words = new VBox(2, title, text);
            HBox.setHgrow(words, Priority.ALWAYS);
            Label count = new Label(check.count());
            count.getStyleClass().add("health-check-count");
            HBox row = new HBox(12, mark, count, words);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("health-check");
            checksBox.getChildren().add(row);
        }
    }

    private static TableColumn<VariantShare, String> text(String title, Function<VariantShare, String> value) {
        TableColumn<VariantShare, String> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new SimpleObjectProperty<>(value.apply(data.getValue())));
        return column;
    }

    private static TableColumn<VariantShare, Number> number(String title, Function<VariantShare, Number> value,
                                                            DoubleFunction<String> format) {
        TableColumn<VariantShare, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new SimpleObjectProperty<>(value.apply(data.getValue())));
        column.setCellFactory(c -> new FormattedNumberCell<>(format));
        return column;
    }
}
