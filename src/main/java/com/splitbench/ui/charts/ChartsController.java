package com.splitbench.ui.charts;

import com.splitbench.ui.common.Follow;
import com.splitbench.ui.chart.ChartDataLoader;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * Binds the charts page to {@link ChartsViewModel}: each chart gets its own loader, which builds the dataset of the
 * newest request off the JavaFX thread and swaps it in.
 */
public final class ChartsController {

    private final ChartsViewModel model;
    private final ChartServices services;
    private final ForestChart forest = new ForestChart();
    private final LiftChart lift = new LiftChart();
    private final DistributionChart distribution = new DistributionChart();
    private final ExposureChart exposures = new ExposureChart();

    @FXML private VBox forestBox;
    @FXML private VBox liftBox;
    @FXML private VBox distributionBox;
    @FXML private VBox exposuresBox;
    @FXML private ComboBox<String> liftMetricChoice;
    @FXML private ComboBox<String> liftVariantChoice;
    @FXML private ToggleButton sinceExposureButton;
    @FXML private ToggleButton byDateButton;
    @FXML private ComboBox<String> distributionMetricChoice;
    @FXML private ToggleButton dailyButton;
    @FXML private ToggleButton cumulativeButton;

    public ChartsController(ChartsViewModel model, ChartServices services) {
        this.model = Objects.requireNonNull(model);
        this.services = Objects.requireNonNull(services);
    }

    @FXML
    private void initialize() {
        forestBox.getChildren().add(services.pane("Lifts with intervals", forest.chart()));
        liftBox.getChildren().add(services.pane("Cumulative lift over time", lift.chart()));
        distributionBox.getChildren().add(services.pane("Distribution per variant", distribution.chart()));
        exposuresBox.getChildren().add(services.pane("Exposures over time", exposures.chart()));
        liftMetricChoice.setItems(model.metrics());
        liftMetricChoice.valueProperty().bindBidirectional(model.liftMetricProperty());
        liftVariantChoice.setItems(model.treatments());
        liftVariantChoice.valueProperty().bindBidirectional(model.liftVariantProperty());
        pair(byDateButton, sinceExposureButton, model.liftByDateProperty());
        distributionMetricChoice.setItems(model.metrics());
        distributionMetricChoice.valueProperty().bindBidirectional(model.distributionMetricProperty());
        pair(cumulativeButton, dailyButton, model.cumulativeExposuresProperty());
        distributionBox.visibleProperty().bind(model.distributionAvailableProperty());
        distributionBox.managedProperty().bind(model.distributionAvailableProperty());
        follow();
    }

    private void follow() {
        ChartDataLoader forestLoader = services.loader();
        Follow.value(model.forestProperty(), request -> forestLoader.load("Drawing the lifts",
                task -> ForestChart.build(ChartData.forest(request.result(), request.relative()), request.relative()),
                forest::show));
        ChartDataLoader liftLoader = services.loader();
        Follow.value(model.liftProperty(), request -> liftLoader.load(
                "Drawing the cumulative lift", task -> LiftChart.build(request.name(), ChartData.lift(request.metric(),
                        request.control(), request.treatment(), request.settings(), request.calendar(),
                        request.relative()), request.calendar(), request.relative()), lift::show));
        ChartDataLoader distributionLoader = services.loader();
        Follow.value(model.distributionProperty(), request -> distributionLoader.load(
                "Drawing the distribution", task -> DistributionChart.build(ChartData.histograms(request.metric(),
                        request.variants()), request.variants()), distribution::show));
        ChartDataLoader exposureLoader = services.loader();
        Follow.value(model.exposuresProperty(), request -> exposureLoader.load(
                "Drawing the exposures", task -> ExposureChart.build(ChartData.exposures(request.exposures(),
                        request.variants(), request.cumulative()), request.exposures().days(), request.cumulative()),
                exposures::show));
    }

    /** Two toggle buttons for one boolean: {@code on} selected means true. */
    static void pair(ToggleButton on, ToggleButton off, javafx.beans.property.BooleanProperty value) {
        ToggleGroup group = new ToggleGroup();
        on.setToggleGroup(group);
        off.setToggleGroup(group);
        on.setSelected(value.get());
        off.setSelected(!value.get());
        group.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            } else {
                value.set(now == on);
            }
        });
        value.addListener((observable, before, now) -> (now ? on : off).setSelected(true));
    }

    public ForestChart forest() {
        return forest;
    }

    public LiftChart lift() {
        return lift;
    }
}
