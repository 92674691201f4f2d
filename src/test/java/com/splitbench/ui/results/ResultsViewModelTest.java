package com.splitbench.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.spec.Correction;
import com.splitbench.ui.experiment.LoadedExperiment;
import com.splitbench.ui.task.CurrentThreadTaskExecutor;
import com.splitbench.ui.testing.SampleAnalyses;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The results page without a stage, on the sample workspace. Expected counts come from the sample's manifest
 * (sample-data/manifest.json), which the generator writes independently of the analysis.
 */
class ResultsViewModelTest {

    private final ResultsViewModel model = new ResultsViewModel(new CurrentThreadTaskExecutor(failure -> {
        throw new AssertionError(failure);
    }));

    private ResultsViewModel showing(String experiment) {
        LoadedExperiment loaded = SampleAnalyses.load(experiment);
        model.show(loaded.spec(), loaded.statistics());
        return model;
    }

    private ResultLine line(String metric, String variant) {
        return model.lines().stream().filter(l -> l.metric().name().equals(metric) && l.variant().equals(variant))
                .findFirst().orElseThrow();
    }

    @Test
    void showsOneLinePerMetricAndTreatmentWithBothArmsCounts() {
        showing("checkout_redesign");

        assertThat(model.lines()).hasSize(5 * 2);
        ResultLine purchases = line("purchase_rate", "treatment_b");
        // manifest: control 523 converters of 5,265 analysed users; treatment_b 662 of 5,402.
        assertThat(purchases.control().numerator()).isEqualTo(523);
        assertThat(purchases.control().denominator()).isEqualTo(5265);
        assertThat(purchases.treatment().countsText()).isEqualTo("662 / 5,402");
        assertThat(purchases.control().text()).isEqualTo("9.93%");
        assertThat(purchases.relative().interval().verdict()).isEqualTo(com.splitbench.ui.table.Verdict.IMPROVEMENT);
        assertThat(model.srmWarningProperty().get()).isEmpty();
    }

    @Test
    void switchingTheBaselineComparesEveryOtherVariantWithIt() {
        showing("checkout_redesign");

        model.baselineProperty().set("treatment_a");

        assertThat(model.lines().stream().map(ResultLine::variant).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("control", "treatment_b");
        // manifest: treatment_a has 519 converters of 5,284 analysed users.
        assertThat(line("purchase_rate", "control").control().countsText()).isEqualTo("519 / 5,284");
        assertThat(model.resultProperty().get().control()).isEqualTo("treatment_a");
    }

    @Test
    void aCorrectionAdjustsGoalPValuesOnlyAndSaysSo() {
        showing("checkout_redesign");
        assertThat(model.headings().pValueTitle().get()).isEqualTo("p-value");

        model.correctionProperty().set(Correction.HOLM);

        assertThat(model.headings().pValueTitle().get()).isEqualTo("p-value (adj.)");
        ResultLine goal = line("purchase_rate", "treatment_a");
        assertThat(goal.pValue().adjusted()).isTrue();
        assertThat(goal.pValue().shown()).isGreaterThanOrEqualTo(goal.pValue().raw());
        assertThat(goal.pValue().text()).endsWith(" adj.");
        ResultLine guardrail = line("sessions_per_user", "treatment_a");
        assertThat(guardrail.pValue().adjusted()).isFalse();
        assertThat(guardrail.metric().role()).isEqualTo("guardrail");
    }

    @Test
    void theBayesianViewAddsTheChanceToWin() {
        showing("checkout_redesign");
        assertThat(model.headings().chanceToWinShown().get()).isFalse();
        assertThat(line("purchase_rate", "treatment_b").chanceToWin()).isNaN();

        model.bayesianProperty().set(true);

        assertThat(model.headings().chanceToWinShown().get()).isTrue();
        assertThat(line("purchase_rate", "treatment_b").chanceToWin()).isGreaterThan(0.99).isLessThanOrEqualTo(1);
    }

    @Test
    void aSegmentBreaksTheLinesDownAndItsUsersAddUp() {
        showing("checkout_redesign");

        model.segmentProperty().set("platform");

        assertThat(model.headings().segmentShown().get()).isTrue();
        Set<String> segments = model.lines().stream().map(ResultLine::segment).collect(Collectors.toSet());
        assertThat(segments).containsExactlyInAnyOrder("android", "ios", "web");
        long controlUsers = model.lines().stream()
                .filter(l -> l.metric().name().equals("purchase_rate") && l.variant().equals("treatment_a"))
                .mapToLong(l -> (long) l.control().denominator()).sum();
        assertThat(controlUsers).isEqualTo(5265);
    }

    @Test
    void theRelativeSwitchPutsTheBarOnTheAbsoluteDifference() {
        showing("checkout_redesign");
        double relativeAxisMax = model.axisProperty().get().max();

        model.relativeProperty().set(false);

        assertThat(model.headings().differenceTitle(true).get()).isEqualTo("Absolute difference");
        assertThat(model.headings().differenceTitle(false).get()).isEqualTo("Rel. lift");
        assertThat(model.axisProperty().get().max()).isNotEqualTo(relativeAxisMax);
        assertThat(line("purchase_rate", "treatment_b").shown(false).text()).endsWith(" pp");
    }

    @Test
    void explainsANumberWithItsFormulaInputsAndTheChoicesApplied() {
        showing("checkout_redesign");
        ResultLine purchases = line("purchase_rate", "treatment_b");

        model.explain(purchases, ResultColumn.TREATMENT);
        assertThat(model.explanationProperty().get()).contains("Conversion rate of treatment_b", "662 / 5,402",
                "Choices applied", "baseline: control");

        model.explain(purchases, ResultColumn.DIFFERENCE);
        assertThat(model.explanationProperty().get()).contains("Relative lift = (treatment − control) / |control|",
                "SE (delta method)", "95% interval");

        model.explain(purchases, ResultColumn.P_VALUE);
        assertThat(model.explanationProperty().get()).contains("Test statistic", "p = 2 · P(X > |statistic|)",
                "CUPED: θ =");

        model.explain(null, null);
        assertThat(model.explanationProperty().get()).isEmpty();
    }

    @Test
    void warnsAboveTheTableWhenTheSplitFailsTheSampleRatioCheck() {
        showing("onboarding_flow");

        assertThat(model.srmWarningProperty().get()).startsWith("Sample ratio mismatch: the results may be invalid.")
                .contains("control has");
    }

    @Test
    void keepsTheChoicesOfTheSpecWhenShown() {
        showing("checkout_redesign");

        assertThat(model.variants()).containsExactly("control", "treatment_a", "treatment_b");
        assertThat(model.baselineProperty().get()).isEqualTo("control");
        assertThat(model.segmentDimensions()).contains(ResultsViewModel.NO_SEGMENT, "platform", "device");
        assertThat(model.cupedAvailableProperty().get()).isTrue();
        assertThat(model.currentSpec().settings().segment()).isEmpty();
        assertThat(List.of(model.computingProperty().get())).containsExactly(false);
    }
}
