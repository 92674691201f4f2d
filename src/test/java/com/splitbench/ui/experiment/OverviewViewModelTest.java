package com.splitbench.ui.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultCalculator;
import com.splitbench.ui.testing.SampleAnalyses;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The overview without a stage. Expected counts from sample-data/manifest.json and README.md. */
class OverviewViewModelTest {

    private static AnalysisResult analysed(String key) {
        LoadedExperiment loaded = SampleAnalyses.load(key);
        return ResultCalculator.calculate(loaded.statistics(), loaded.spec());
    }

    @Test
    void saysInWordsThatTheOnboardingSplitFailsTheCheck() {
        OverviewViewModel model = new OverviewViewModel(new SimpleObjectProperty<>(analysed("onboarding_flow")));

        assertThat(model.srmFlaggedProperty().get()).isTrue();
        assertThat(model.srmTextProperty().get()).startsWith("Sample ratio mismatch. control has 47.0% of the "
                + "users where 50.0% were planned");
        assertThat(model.checks().get(0).severity()).isEqualTo(HealthCheck.Severity.PROBLEM);
        assertThat(model.shares()).extracting(VariantShare::planned).containsExactly(0.5, 0.5);
    }

    @Test
    void listsTheHealthChecksOfTheCheckoutExperiment() {
        OverviewViewModel model = new OverviewViewModel(new SimpleObjectProperty<>(analysed("checkout_redesign")));

        assertThat(model.srmFlaggedProperty().get()).isFalse();
        assertThat(model.srmTextProperty().get()).startsWith("The users per variant match the planned split");
        assertThat(model.checks()).extracting(HealthCheck::title).containsExactly(
                "Users per variant against the planned split", "Users in several variants",
                "Events before exposure", "Events from unassigned users", "Users outside the date range");
        // manifest: 68 users of checkout_redesign in two variants.
        HealthCheck several = model.checks().get(1);
        assertThat(several.count()).isEqualTo("68");
        assertThat(several.severity()).isEqualTo(HealthCheck.Severity.WARNING);
        assertThat(model.checks().get(2).severity()).isEqualTo(HealthCheck.Severity.NOTE);
        assertThat(model.checks().get(4).severity()).isEqualTo(HealthCheck.Severity.OK);
        assertThat(model.shares()).extracting(VariantShare::users).containsExactly(5265L, 5284L, 5402L);
        assertThat(model.exposuresProperty().get().variants()).containsExactly("control", "treatment_a",
                "treatment_b");
    }
}
