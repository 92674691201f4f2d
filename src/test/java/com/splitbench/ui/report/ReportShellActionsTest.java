package com.splitbench.ui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.analysis.result.ResultsCsv;
import com.splitbench.common.UserFacingException;
import com.splitbench.report.Conclusion;
import com.splitbench.report.Decision;
import com.splitbench.report.OpenedReport;
import com.splitbench.report.ReportService;
import com.splitbench.report.verify.VerifyResult;
import com.splitbench.spec.Correction;
import com.splitbench.ui.common.ErrorMessages;
import com.splitbench.ui.common.ErrorReporter;
import com.splitbench.ui.experiment.ExperimentViewModel;
import com.splitbench.ui.results.ResultLines;
import com.splitbench.ui.shell.FileWrite;
import com.splitbench.ui.shell.ShellCommand;
import com.splitbench.ui.shell.ShellDisplay;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.WorkspaceContents;
import com.splitbench.ui.task.CurrentThreadTaskExecutor;
import com.splitbench.ui.testing.FakeShellActions;
import com.splitbench.ui.testing.SampleWorkspaces;
import com.splitbench.ui.testing.ScriptedDialogs;
import com.splitbench.ui.workspace.WorkspaceExperimentData;
import com.splitbench.ui.workspace.WorkspaceSession;
import com.splitbench.workspace.Workspace;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report commands without a stage: real report files, the real sample workspace, a scripted dialog. */
class ReportShellActionsTest {

    @TempDir
    Path folder;

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor(error -> {
        throw new AssertionError(error);
    });
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ReportService reports = SampleReports.SERVICE;
    private final WorkspaceSession session = new WorkspaceSession();
    private final ShownExperiments experiments = new ShownExperiments();
    private final List<VerifyResult> verifyAnswers = new ArrayList<>();
    private final ReportPages pages = new ReportPages(reports, tasks, new ErrorReporter(dialogs,
            new ErrorMessages(null)), report -> {
                ReportPageViewModel model = new ReportPageViewModel(report, tasks, (r, task) -> verifyAnswers.get(0),
                        new SimpleBooleanProperty(true), ZoneOffset.UTC);
                model.show();
                return new ReportPageFactory.Page(null, model, null);
            });
    private final List<Conclusion> answers = new ArrayList<>();
    private final List<ConclusionViewModel> asked = new ArrayList<>();
    private final ReportShellActions actions = new ReportShellActions(new FakeShellActions(), reports, session, pages,
            experiments, form -> {
                asked.add(form);
                return answers.isEmpty() ? Optional.empty() : Optional.of(answers.remove(0));
            });
    private final Display display = new Display();

    /** Records what the actions show. */
    private static final class Display implements ShellDisplay {
        final List<SidebarItem> reports = new ArrayList<>();
        final List<SidebarItem> closed = new ArrayList<>();

        @Override
        public void showWorkspace(WorkspaceContents contents) {
        }

        @Override
        public void showReport(SidebarItem report) {
            reports.add(report);
        }

        @Override
        public void closeReport(SidebarItem report) {
            closed.add(report);
        }

        @Override
        public void select(SidebarItem item) {
        }

        @Override
        public void showStatus(String message) {
        }
    }

    @AfterEach
    void close() {
        session.close();
    }

    private SidebarItem opened(OpenedReport report) throws Exception {
        Path file = report.file();
        reports.save(report.report(), file);
        actions.openReport(file, display);
        return display.reports.get(display.reports.size() - 1);
    }

    @Test
    void offersTheReportCommandsOnTopOfTheWorkspaceOnes() {
        assertThat(actions.available()).containsAll(ShellCommand.NEEDING_SERVICES);
    }

    @Test
    void opensAReportWithoutAWorkspaceIntoTheReportsSection() throws Exception {
        SidebarItem item = opened(SampleReports.checkout(folder.resolve("q1.splitreport")));

        assertThat(item).isEqualTo(SidebarItem.report(folder.resolve("q1.splitreport").toString(),
                "Checkout redesign", "Ship · q1.splitreport"));
        assertThat(session.location()).isEmpty();
        assertThat(pages.model(item).results().lines()).isNotEmpty();
    }

    @Test
    void closingAReportFromItsPageTakesItOutOfTheWindowAndDropsItsPage() throws Exception {
        SidebarItem q1 = opened(SampleReports.checkout(folder.resolve("q1.splitreport")));
        SidebarItem q2 = opened(SampleReports.checkout(folder.resolve("q2.splitreport")));
        ReportPageViewModel page = pages.model(q1);

        page.close();

        assertThat(display.closed).containsExactly(q1);
        assertThat(pages.views(item -> Optional.empty()).viewFor(q1)).isEmpty();
        assertThatThrownBy(() -> pages.model(q1)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("not open any more");
        assertThat(pages.model(q2).results().lines()).isNotEmpty();
        assertThat(folder.resolve("q1.splitreport")).exists();

        // Opened again, it gets a fresh page.
        SidebarItem again = opened(SampleReports.checkout(folder.resolve("q1.splitreport")));
        assertThat(again).isEqualTo(q1);
        assertThat(pages.model(again)).isNotSameAs(page);

        // The sidebar's context menu closes through the actions, the same way.
        actions.closeReport(q2, display);
        assertThat(display.closed).containsExactly(q1, q2);
        assertThatThrownBy(() -> pages.model(q2)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void reportsADamagedFileWithTheReportPackagesMessage() throws Exception {
        Path damaged = Files.writeString(folder.resolve("bad.splitreport"), "{\"format\": \"splitbench.report\"");

        actions.openReport(damaged, display);

        assertThat(display.reports).isEmpty();
        assertThat(dialogs.errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("The report could not be opened");
            assertThat(error.text()).startsWith("Cannot open " + damaged);
        });
    }

    @Test
    void savesAnExperimentAsItsPageShowsItWithTheWorkspaceFingerprint() throws Exception {
        Path workspace = SampleWorkspaces.copyInto(folder);
        session.open(workspace);
        Path location = session.location().orElseThrow();
        ExperimentViewModel page = new ExperimentViewModel("checkout_redesign",
                new WorkspaceExperimentData(session, location), tasks, key -> { });
        page.load();
        experiments.register(location, page);
        page.results().baselineProperty().set("treatment_a");
        page.results().correctionProperty().set(Correction.HOLM);
        answers.add(new Conclusion(Decision.DONT_SHIP, "treatment_a does nothing."));
        Path target = folder.resolve("checkout.splitreport");

        FileWrite write = actions.saveReport(SidebarItem.experiment("checkout_redesign", "Checkout redesign", "",
                null)).orElseThrow();
        write.write(target, SampleWorkspaces.QUIET);

        assertThat(write.suggestedName()).isEqualTo("Checkout redesign");
        assertThat(asked).singleElement().satisfies(form -> assertThat(form.explanation())
                .contains("baseline treatment_a · Holm correction"));
        OpenedReport saved = reports.open(target);
        assertThat(saved.conclusion()).isEqualTo(new Conclusion(Decision.DONT_SHIP, "treatment_a does nothing."));
        assertThat(saved.spec()).isEqualTo(page.results().currentSpec());
        assertThat(ResultLines.of(saved.resultsAsSaved())).isEqualTo(page.results().lines());
        try (Workspace copy = Workspace.open(SampleWorkspaces.copyInto(folder.resolve("again")))) {
            assertThat(saved.fingerprint().source()).isEqualTo(ReportService.describeWorkspace(copy,
                    "checkout_redesign"));
        }
    }

    @Test
    void cannotSaveAnExperimentWhoseResultsAreNotThereYet() {
        SidebarItem experiment = SidebarItem.experiment("checkout_redesign", "Checkout redesign", "", null);

        assertThatThrownBy(() -> actions.saveReport(experiment)).isInstanceOf(UserFacingException.class)
                .hasMessage("Checkout redesign is still being analysed. Wait until its results show, then try "
                        + "again.");
        assertThat(asked).isEmpty();
    }

    @Test
    void resavingAnOpenedReportKeepsItsFingerprintAndTakesTheNewNotesAndChoices() throws Exception {
        OpenedReport original = SampleReports.checkout(folder.resolve("q1.splitreport"));
        SidebarItem item = opened(original);
        ReportPageViewModel page = pages.model(item);
        page.results().baselineProperty().set("treatment_b");
        answers.add(new Conclusion(Decision.KEEP_RUNNING, "Still holds a month later."));

        FileWrite write = actions.saveReport(item).orElseThrow();
        write.write(original.file(), SampleWorkspaces.QUIET);
        write.written(original.file(), display);

        assertThat(write.suggestedName()).isEqualTo("q1");
        assertThat(asked.get(0).decisionProperty().get()).isEqualTo(Decision.SHIP);
        OpenedReport resaved = reports.open(original.file());
        assertThat(resaved.fingerprint()).isEqualTo(original.fingerprint());
        assertThat(resaved.statistics()).isEqualTo(original.statistics());
        assertThat(resaved.createdAt()).isEqualTo(original.createdAt());
        assertThat(resaved.appVersion()).isEqualTo(original.appVersion());
        assertThat(resaved.conclusion()).isEqualTo(new Conclusion(Decision.KEEP_RUNNING,
                "Still holds a month later."));
        assertThat(resaved.spec().experiment().controlVariant()).contains("treatment_b");
        assertThat(pages.model(item)).isSameAs(page);
        assertThat(page.headerProperty().get().decision()).isEqualTo(Decision.KEEP_RUNNING);
        assertThat(display.reports.get(display.reports.size() - 1).detail())
                .isEqualTo("Keep running · q1.splitreport");
    }

    @Test
    void savesNothingWhenTheAuthorCancels() throws Exception {
        SidebarItem item = opened(SampleReports.checkout(folder.resolve("q1.splitreport")));

        assertThat(actions.saveReport(item)).isEmpty();
        assertThat(asked).hasSize(1);
    }

    @Test
    void exportsHtmlAndCsvOfWhatAReportPageShows() throws Exception {
        SidebarItem item = opened(SampleReports.checkout(folder.resolve("q1.splitreport")));
        ReportPageViewModel page = pages.model(item);
        page.results().baselineProperty().set("treatment_a");
        Path html = folder.resolve("q1.html");
        Path csv = folder.resolve("q1.csv");

        actions.exportHtml(item).orElseThrow().write(html, SampleWorkspaces.QUIET);
        actions.exportCsv(item).orElseThrow().write(csv, SampleWorkspaces.QUIET);

        StringWriter expected = new StringWriter();
        ResultsCsv.write(page.results().resultProperty().get(), expected);
        assertThat(Files.readString(csv)).isEqualTo(expected.toString());
        assertThat(Files.readString(csv)).contains(",treatment_a,").contains("true");
        assertThat(Files.readString(html)).contains("Checkout redesign", "Ship treatment_b.");
        assertThat(asked).isEmpty();
    }

    @Test
    void verifiesAnOpenedReportOnItsPage() throws Exception {
        SidebarItem item = opened(SampleReports.checkout(folder.resolve("q1.splitreport")));
        verifyAnswers.add(new VerifyResult("checkout_redesign", List.of(), 2, 100, 1e-9));

        actions.verifyReport(item);

        assertThat(pages.model(item).verification().outcomeProperty().get())
                .isEqualTo(ReportVerification.Outcome.MATCHES);
    }
}
