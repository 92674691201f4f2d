package com.splitbench.ui.experiment;

import com.splitbench.analysis.model.ExposureSeries;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.ui.results.SrmWords;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The overview page: users per variant against the planned split with the sample-ratio check in words, exposures
 * over time, and the data's health checks. Follows the result the results page shows. Holds no nodes.
 */
public final class OverviewViewModel {

    /** The exposures to draw, with the variants they belong to. */
    public record Exposures(ExposureSeries series, List<String> variants) {
    }

    private final ObservableList<VariantShare> shares = FXCollections.observableArrayList();
    private final ObservableList<HealthCheck> checks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper srmText = new ReadOnlyStringWrapper(this, "srmText", "");
    private final ReadOnlyBooleanWrapper srmFlagged = new ReadOnlyBooleanWrapper(this, "srmFlagged");
    private final ReadOnlyObjectWrapper<Exposures> exposures = new ReadOnlyObjectWrapper<>(this, "exposures");
    private final ReadOnlyBooleanWrapper exposureTimesKnown = new ReadOnlyBooleanWrapper(this, "exposureTimesKnown",
            true);

    public OverviewViewModel(ObservableValue<AnalysisResult> result) {
        result.addListener((observable, before, now) -> show(now));
        show(result.getValue());
    }

    private void show(AnalysisResult result) {
        if (result == null) {
            return;
        }
        shares.setAll(VariantShare.of(result));
        checks.setAll(HealthCheck.of(result));
        srmFlagged.set(result.srmFlagged());
        srmText.set(result.srmFlagged() ? "Sample ratio mismatch. " + SrmWords.verdict(result.srm(),
                result.variants()) + " The assignment may be broken; the results may be invalid."
                : SrmWords.verdict(result.srm(), result.variants()));
        exposureTimesKnown.set(com.splitbench.ui.charts.ChartData.timesKnown(result.statistics().exposures()));
        Exposures next = new Exposures(result.statistics().exposures(), result.variants());
        if (!next.equals(exposures.get())) {
            exposures.set(next);
        }
    }

    public ObservableList<VariantShare> shares() {
        return shares;
    }

    public ObservableList<HealthCheck> checks() {
        return checks;
    }

    public ReadOnlyStringProperty srmTextProperty() {
        return srmText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty srmFlaggedProperty() {
        return srmFlagged.getReadOnlyProperty();
    }

    /** False for a per-user table without times: there are no exposures over time to draw. */
    public ReadOnlyBooleanProperty exposureTimesKnownProperty() {
        return exposureTimesKnown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Exposures> exposuresProperty() {
        return exposures.getReadOnlyProperty();
    }
}
