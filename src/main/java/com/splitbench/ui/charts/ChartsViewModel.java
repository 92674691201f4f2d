package com.splitbench.ui.charts;

import com.splitbench.analysis.model.ExposureSeries;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.spec.AnalysisSettings;
import java.util.List;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The charts page: which metric and variant each chart shows, and what exactly to draw, as immutable requests the
 * controller turns into datasets off the JavaFX thread. The charts follow the results page's baseline, CUPED,
 * sequential and relative/absolute choices through the result it shows. Holds no nodes.
 */
public final class ChartsViewModel {

    /** The forest plot of every metric × variant of the shown result. */
    public record ForestRequest(AnalysisResult result, boolean relative) {
    }

    /** The cumulative lift of one metric and treatment over the baseline. */
    public record LiftRequest(MetricStatistics metric, int control, int treatment, String name,
                              AnalysisSettings settings, boolean calendar, boolean relative) {
    }

    /** The distribution of one metric's per-user values. */
    public record DistributionRequest(MetricStatistics metric, List<String> variants) {
    }

    /** First exposures per day and variant. */
    public record ExposureRequest(ExposureSeries exposures, List<String> variants, boolean cumulative) {
    }

    private final ObservableValue<AnalysisResult> result;
    private final ObservableBooleanValue relative;
    private final ObservableList<String> metrics = FXCollections.observableArrayList();
    private final ObservableList<String> treatments = FXCollections.observableArrayList();
    private final StringProperty liftMetric = new SimpleStringProperty(this, "liftMetric");
    private final StringProperty liftVariant = new SimpleStringProperty(this, "liftVariant");
    private final BooleanProperty liftByDate = new SimpleBooleanProperty(this, "liftByDate");
    private final StringProperty distributionMetric = new SimpleStringProperty(this, "distributionMetric");
    private final BooleanProperty cumulativeExposures = new SimpleBooleanProperty(this, "cumulativeExposures", true);
    private final ReadOnlyObjectWrapper<ForestRequest> forest = new ReadOnlyObjectWrapper<>(this, "forest");
    private final ReadOnlyObjectWrapper<LiftRequest> lift = new ReadOnlyObjectWrapper<>(this, "lift");
    private final ReadOnlyObjectWrapper<DistributionRequest> distribution =
            new ReadOnlyObjectWrapper<>(this, "distribution");
    private final ReadOnlyObjectWrapper<ExposureRequest> exposures = new ReadOnlyObjectWrapper<>(this, "exposures");
    private final ReadOnlyBooleanWrapper distributionAvailable = new ReadOnlyBooleanWrapper(this,
            "distributionAvailable", true);

    /**
     * @param result   the result the results page shows
     * @param relative whether the results page shows relative lifts
     */
    public ChartsViewModel(ObservableValue<AnalysisResult> result, ObservableBooleanValue relative) {
        this.result = Objects.requireNonNull(result);
        this.relative = Objects.requireNonNull(relative);
        result.addListener((observable, before, now) -> resultChanged());
        relative.addListener((observable, before, now) -> {
            updateForest();
            updateLift();
        });
        for (ObservableValue<?> choice : List.<ObservableValue<?>>of(liftMetric, liftVariant, liftByDate)) {
            choice.addListener((observable, before, now) -> updateLift());
        }
        distributionMetric.addListener((observable, before, now) -> updateDistribution());
        cumulativeExposures.addListener((observable, before, now) -> updateExposures());
        resultChanged();
    }

    private void resultChanged() {
        AnalysisResult shown = result.getValue();
        if (shown == null) {
            return;
        }
        List<String> names = shown.statistics().metrics().stream().map(MetricStatistics::name).toList();
        // A report saved without histograms (or a warehouse run) has no distribution to draw.
        distributionAvailable.set(shown.statistics().metrics().stream()
                .anyMatch(metric -> !metric.distribution().edges().isEmpty()));
        List<String> others = shown.variants().stream().filter(v -> !v.equals(shown.control())).toList();
        if (!metrics.equals(names)) {
            metrics.setAll(names);
        }
        if (!treatments.equals(others)) {
            treatments.setAll(others);
        }
        if (liftMetric.get() == null || !names.contains(liftMetric.get())) {
            liftMetric.set(names.isEmpty() ? null : names.get(0));
        }
        if (distributionMetric.get() == null || !names.contains(distributionMetric.get())) {
            distributionMetric.set(names.isEmpty() ? null : names.get(0));
        }
        if (liftVariant.get() == null || !others.contains(liftVariant.get())) {
            liftVariant.set(others.isEmpty() ? null : others.get(others.size() - 1));
        }
        updateForest();
        updateLift();
        updateDistribution();
        updateExposures();
    }

    private void updateForest() {
        AnalysisResult shown = result.getValue();
        if (shown != null) {
            forest.set(new ForestRequest(shown, relative.get()));
        }
    }

    private void updateExposures() {
        AnalysisResult shown = result.getValue();
        if (shown != null) {
            exposures.set(new ExposureRequest(shown.statistics().exposures(), shown.variants(),
                    cumulativeExposures.get()));
        }
    }

    private void updateDistribution() {
        AnalysisResult shown = result.getValue();
        if (shown != null) {
            find(shown, distributionMetric.get()).ifPresent(metric ->
                    distribution.set(new DistributionRequest(metric, shown.variants())));
        }
    }

    private void updateLift() {
        AnalysisResult shown = result.getValue();
        if (shown == null) {
            return;
        }
        List<String> variants = shown.variants();
        int control = variants.indexOf(shown.control());
        int treatment = liftVariant.get() == null ? -1 : variants.indexOf(liftVariant.get());
        find(shown, liftMetric.get()).filter(metric -> treatment >= 0 && control >= 0).ifPresent(metric ->
                lift.set(new LiftRequest(metric, control, treatment, liftVariant.get() + " vs " + shown.control(),
                        shown.spec().settings(), liftByDate.get(), relative.get())));
    }

    private static java.util.Optional<MetricStatistics> find(AnalysisResult result, String name) {
        return result.statistics().metrics().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public ObservableList<String> metrics() {
        return metrics;
    }

    public ObservableList<String> treatments() {
        return treatments;
    }

    public StringProperty liftMetricProperty() {
        return liftMetric;
    }

    public StringProperty liftVariantProperty() {
        return liftVariant;
    }

    /** True for the calendar view of the cumulative lift, false for days since exposure. */
    public BooleanProperty liftByDateProperty() {
        return liftByDate;
    }

    public StringProperty distributionMetricProperty() {
        return distributionMetric;
    }

    public BooleanProperty cumulativeExposuresProperty() {
        return cumulativeExposures;
    }

    public ReadOnlyObjectProperty<ForestRequest> forestProperty() {
        return forest.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LiftRequest> liftProperty() {
        return lift.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DistributionRequest> distributionProperty() {
        return distribution.getReadOnlyProperty();
    }

    /** Whether any metric carries a histogram of its per-user values; the distribution chart is hidden if not. */
    public ReadOnlyBooleanProperty distributionAvailableProperty() {
        return distributionAvailable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExposureRequest> exposuresProperty() {
        return exposures.getReadOnlyProperty();
    }
}
