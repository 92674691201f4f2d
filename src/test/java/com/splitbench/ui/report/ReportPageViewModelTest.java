package com.splitbench.ui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.common.UserFacingException;
import com.splitbench.report.Conclusion;
import com.splitbench.report.Decision;
import com.splitbench.report.OpenedReport;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.Correction;
import com.splitbench.ui.results.ResultLines;
import com.splitbench.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** A report's page without a stage: the experiment's results views fed from the report's statistics alone. */
class ReportPageViewModelTest {

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor(failure -> {
        throw new AssertionError(failure);
    });
    private final OpenedReport opened = SampleReports.checkout(Path.of("/reports/q1.splitreport"));

    private ReportPageViewModel page(OpenedReport report) {
        ReportPageViewModel model = new ReportPageViewModel(report, tasks, (r, task) -> {
            throw new AssertionError("not verified here");
        }, new SimpleBooleanProperty(false), ZoneOffset.UTC);
        model.show();
        return model;
    }

    @Test
    void showsTheLinesOfTheReportsOwnResultsUnderItsSavedChoices() {
        ReportPageViewModel model = page(opened);

        assertThat(model.results().lines()).isEqualTo(ResultLines.of(opened.resultsAsSaved()));
        assertThat(model.results().baselineProperty().get()).isEqualTo("control");
        assertThat(model.results().correctionProperty().get()).isEqualTo(opened.spec().settings().correction());
        assertThat(model.headerProperty().get().decision()).isEqualTo(Decision.SHIP);
    }

    @Test
    void recomputesFromTheStatisticsWhenTheBaselineAndCorrectionChange() {
        ReportPageViewModel model = page(opened);

        model.results().baselineProperty().set("treatment_a");
        model.results().correctionProperty().set(Correction.HOLM);

        AnalysisSpec wanted = opened.spec().withExperiment(opened.spec().experiment().withControl("treatment_a"));
        wanted = wanted.withSettings(model.results().currentSpec().settings());
        assertThat(model.results().lines()).isEqualTo(ResultLines.of(opened.report().results(wanted)))
                .isNotEqualTo(ResultLines.of(opened.resultsAsSaved()));
        assertThat(model.results().lines()).allSatisfy(line -> assertThat(line.variant()).isNotEqualTo("treatment_a"));
        assertThat(model.results().lines()).anySatisfy(line -> assertThat(line.pValue().adjusted()).isTrue());
    }

    @Test
    void takesWhatIsShownForSaveAndExport() {
        ReportPageViewModel model = page(opened);
        model.results().correctionProperty().set(Correction.BENJAMINI_HOCHBERG);
        model.results().segmentProperty().set("platform");

        ShownAnalysis shown = model.shown();

        assertThat(shown.spec().settings().correction()).isEqualTo(Correction.BENJAMINI_HOCHBERG);
        assertThat(shown.statistics()).isSameAs(opened.statistics());
        assertThat(shown.result()).isEqualTo(model.results().resultProperty().get());
        assertThat(shown.describeChoices()).isEqualTo("baseline control · Benjamini-Hochberg correction · "
                + (opened.spec().settings().cupedEnabled() ? "CUPED" : "no CUPED") + " · segmented by platform");
    }

    @Test
    void cannotSaveWhatIsNotComputedYet() {
        ReportPageViewModel model = new ReportPageViewModel(opened, tasks, (r, task) -> null,
                new SimpleBooleanProperty(false), ZoneOffset.UTC);

        assertThatThrownBy(model::shown).isInstanceOf(UserFacingException.class).hasMessageContaining("still");
    }

    @Test
    void takesNewNotesOfTheSameReportAndKeepsTheUsersChoices() {
        ReportPageViewModel model = page(opened);
        model.results().baselineProperty().set("treatment_b");
        OpenedReport resaved = new OpenedReport(opened.file(), 1, opened.report()
                .withConclusion(new Conclusion(Decision.KEEP_RUNNING, "Wait a week.")));

        model.update(resaved);

        assertThat(model.headerProperty().get().decision()).isEqualTo(Decision.KEEP_RUNNING);
        assertThat(model.headerProperty().get().notes()).isEqualTo("Wait a week.");
        assertThat(model.results().baselineProperty().get()).isEqualTo("treatment_b");
        assertThatThrownBy(() -> model.update(SampleReports.withoutHistograms(opened)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void offersTheDistributionChartOnlyWhenTheReportCarriesHistograms() {
        assertThat(page(opened).charts().distributionAvailableProperty().get()).isTrue();

        ReportPageViewModel stripped = page(SampleReports.withoutHistograms(opened));

        assertThat(stripped.charts().distributionAvailableProperty().get()).isFalse();
        assertThat(stripped.charts().forestProperty().get()).isNotNull();
        assertThat(stripped.overview().exposuresProperty().get()).isNotNull();
    }
}
