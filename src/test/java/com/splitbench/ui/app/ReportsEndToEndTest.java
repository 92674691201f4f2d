package com.splitbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import com.splitbench.ingest.Cancellation;
import com.splitbench.ingest.ImportListener;
import com.splitbench.ingest.ImportOptions;
import com.splitbench.ingest.ImportRequest;
import com.splitbench.ingest.ImportSource;
import com.splitbench.ingest.Importer;
import com.splitbench.report.Decision;
import com.splitbench.report.OpenedReport;
import com.splitbench.report.ReportService;
import com.splitbench.spec.Correction;
import com.splitbench.ui.chart.ChartPane;
import com.splitbench.ui.common.FxDialogService;
import com.splitbench.ui.results.ResultLine;
import com.splitbench.ui.results.ResultLines;
import com.splitbench.ui.settings.Theme;
import com.splitbench.ui.shell.ShellCommand;
import com.splitbench.ui.sidebar.SidebarItem.Kind;
import com.splitbench.ui.sidebar.SidebarSection;
import com.splitbench.ui.testing.CommandLineRows;
import com.splitbench.ui.testing.FxWait;
import com.splitbench.ui.testing.ResultsPages;
import com.splitbench.ui.testing.SampleWorkspaces;
import com.splitbench.ui.testing.ScriptedDialogs;
import com.splitbench.ui.testing.UiSnapshots;
import com.splitbench.workspace.ImportShape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Reports in the real window with the real services: an experiment saved as a report through the menu, opened again
 * in a window with no workspace, re-sliced, exported and verified; and a damaged file refused cleanly. The numbers
 * are checked against what {@code splitbench show --report} prints for the same file and choices.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsEndToEndTest {

    private static final String NOTES = "Ship treatment_b: +24% purchases.\nKeep an eye on refunds <script>.";

    @TempDir
    Path folder;

    private TestWorkbench window;
    private Workbench workbench;
    private ScriptedDialogs dialogs;

    @Start
    void start(Stage stage) {
        workbench = window(stage);
    }

    /** A window on the test's folder: a second one reads the settings (recent reports) the first one saved. */
    private Workbench window(Stage stage) {
        window = TestWorkbench.show(stage, folder, 860, owner -> {
            dialogs = new ScriptedDialogs(new FxDialogService(owner));
            return dialogs;
        });
        return window.workbench();
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void savesAnExperimentAndReopensItWithoutTheWorkspaceWithTheSameNumbers(FxRobot robot) throws Exception {
        Path workspace = SampleWorkspaces.copyInto(folder);
        robot.interact(() -> workbench.window().viewModel().openFromCommandLine(workspace));
        TableView<ResultLine> experimentTable = ResultsPages.table(robot, ".experiment-view");
        ResultsPages.choose(robot, ".experiment-view", "#correctionChoice", Correction.HOLM);
        FxWait.until(30, () -> experimentTable.getItems().stream().anyMatch(l -> l.pValue().adjusted())
                && idle());
        List<ResultLine> shownBeforeSaving = List.copyOf(experimentTable.getItems());

        Path file = folder.resolve("checkout.splitreport");
        savesThroughTheConclusionDialog(robot, file);
        assertThat(workbench.window().settings().recentReports()).containsExactly(file);

        window.close();
        robot.interact(() -> workbench = window(new Stage()));
        assertThat(workbench.window().viewModel().sidebar().getWorkspace()).isNull();
        assertThat(workbench.window().viewModel().recentReports()).containsExactly(file);
        robot.interact(() -> workbench.window().viewModel().openRecentReport(file));
        TableView<ResultLine> reportTable = ResultsPages.table(robot, ".report-view");
        FxWait.until(30, this::idle);
        waitForFxEvents();

        assertThat(reportTable.getItems()).isEqualTo(shownBeforeSaving);
        CommandLineRows.run("show", "--report=" + file, "--format=csv")
                .assertSameNumbers(reportTable.getItems(), "control");
        assertThat(robot.lookup("#decisionLabel").queryAs(Label.class).getText()).isEqualTo("Ship");
        assertThat(robot.lookup("#notesLabel").queryAs(Label.class).getText()).isEqualTo(NOTES);
        assertThat(workbench.window().viewModel().sidebar().items(SidebarSection.REPORTS)).singleElement()
                .satisfies(item -> assertThat(item.detail()).isEqualTo("Ship · checkout.splitreport"));
        snapshotsTheReportPage(robot);

        recomputesWhenTheBaselineAndCorrectionChange(robot, reportTable, file);
        exportsWhatIsShown(robot, file);
        savesAChartOfTheReportAsPng(robot);
        verifiesAgainstTheWorkspace(robot, workspace);
    }

    private void savesThroughTheConclusionDialog(FxRobot robot, Path file) throws Exception {
        dialogs.chosenFiles.push(Optional.of(file));
        // The dialog waits for an answer, so the command runs later and the test answers it.
        robot.interact(() -> Platform.runLater(() -> workbench.window().viewModel()
                .execute(ShellCommand.SAVE_REPORT)));
        FxWait.until(10, () -> robot.lookup(".conclusion-dialog").tryQuery().isPresent());
        Node dialog = robot.lookup(".conclusion-dialog").query();
        robot.interact(() -> {
            robot.from(dialog).lookup("#decision-ship").queryAs(ToggleButton.class).fire();
            robot.from(dialog).lookup("#notesArea").queryAs(TextArea.class).setText(NOTES);
        });
        waitForFxEvents();
        UiSnapshots.save(dialog.getScene(), "report-save-dialog");
        robot.interact(() -> robot.from(dialog).lookup(".button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().startsWith("Choose file")).findFirst().orElseThrow().fire());
        FxWait.until(30, () -> workbench.window().viewModel().status().messageProperty().get()
                .equals("Saved report to " + file));
        OpenedReport saved = new ReportService("test").open(file);
        assertThat(saved.conclusion().decision()).isEqualTo(Decision.SHIP);
        assertThat(saved.spec().settings().correction()).isEqualTo(Correction.HOLM);
    }

    private void recomputesWhenTheBaselineAndCorrectionChange(FxRobot robot, TableView<ResultLine> table, Path file)
            throws Exception {
        List<ResultLine> before = List.copyOf(table.getItems());
        ResultsPages.choose(robot, ".report-view", "#baselineChoice", "treatment_a");
        ResultsPages.choose(robot, ".report-view", "#correctionChoice", Correction.BENJAMINI_HOCHBERG);
        FxWait.until(30, () -> idle() && !table.getItems().isEmpty()
                && table.getItems().stream().noneMatch(line -> line.variant().equals("treatment_a")));
        waitForFxEvents();

        assertThat(table.getItems()).isNotEqualTo(before);
        OpenedReport report = new ReportService("test").open(file);
        assertThat(table.getItems()).isEqualTo(ResultLines.of(report.report().results(
                ResultsPages.rebased(report.spec(), "treatment_a", Correction.BENJAMINI_HOCHBERG))));
        CommandLineRows.run("show", "--report=" + file, "--format=csv", "--control=treatment_a", "--correction=bh")
                .assertSameNumbers(table.getItems(), "treatment_a");
        UiSnapshots.save(workbench.window().stage().getScene(), "report-rebased");
    }

    private void exportsWhatIsShown(FxRobot robot, Path file) throws Exception {
        Path html = folder.resolve("checkout.html");
        Path csv = folder.resolve("checkout.csv");
        dialogs.chosenFiles.push(Optional.of(html));
        robot.interact(() -> workbench.window().viewModel().execute(ShellCommand.EXPORT_HTML));
        FxWait.until(30, () -> Files.exists(html) && idle());
        dialogs.chosenFiles.push(Optional.of(csv));
        robot.interact(() -> workbench.window().viewModel().execute(ShellCommand.EXPORT_CSV));
        FxWait.until(30, () -> Files.exists(csv) && idle());

        Path expectedCsv = folder.resolve("expected.csv");
        OpenedReport report = new ReportService("test").open(file);
        new ReportService("test").exportCsv(report.report().results(
                ResultsPages.rebased(report.spec(), "treatment_a", Correction.BENJAMINI_HOCHBERG)), expectedCsv);
        assertThat(Files.readString(csv)).isEqualTo(Files.readString(expectedCsv));
        assertThat(Files.readString(html)).contains("Checkout redesign", "Ship", "&lt;script&gt;")
                .doesNotContain("<script>");
        assertThat(dialogs.errors).isEmpty();
    }

    private void savesAChartOfTheReportAsPng(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup(".report-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        FxWait.until(10, this::idle);
        ChartPane forest = robot.from(robot.lookup(".report-view").queryAs(Node.class)).lookup(".chart-pane")
                .queryAs(ChartPane.class);
        Path png = folder.resolve("forest.png");
        robot.interact(() -> forest.saveAsPng(png));
        FxWait.until(10, () -> Files.exists(png) && idle());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(300);
        assertThat(image.getHeight()).isGreaterThan(200);
        robot.interact(() -> {
            workbench.window().settings().setTheme(Theme.DARK);
            tabs.getSelectionModel().select(0);
        });
        waitForFxEvents();
        UiSnapshots.save(workbench.window().stage().getScene(), "report-results-dark");
        robot.interact(() -> workbench.window().settings().setTheme(Theme.LIGHT));
    }

    private void verifiesAgainstTheWorkspace(FxRobot robot, Path workspace) throws Exception {
        assertThat(workbench.window().viewModel().isEnabled(ShellCommand.VERIFY_REPORT)).isFalse();
        robot.interact(() -> workbench.window().viewModel().openFromCommandLine(workspace));
        FxWait.until(30, () -> workbench.window().viewModel().sidebar().getWorkspace() != null
                && idle());
        assertThat(workbench.window().viewModel().sidebar().getSelectedItem().kind()).isEqualTo(Kind.REPORT);
        robot.interact(() -> workbench.window().viewModel().execute(ShellCommand.VERIFY_REPORT));
        Label summary = robot.lookup("#verifySummary").queryAs(Label.class);
        FxWait.until(60, () -> idle() && summary.getText().startsWith("Every number matches"));
        waitForFxEvents();
        UiSnapshots.save(workbench.window().stage().getScene(), "report-verified");

        // Late data arrives: a new events file with purchases of users in the experiment.
        Path late = Files.writeString(folder.resolve("late-purchases.csv"), "user_id,event_type,value,timestamp\n"
                + "01JKQ9CR3KTY6YXZGJP8ST8VN7,purchase,80.0,2025-03-20T10:00:00Z\n");
        workbench.session().use(open -> new Importer(open.workspace()).run(new ImportRequest(List.of(
                new ImportSource(late, ImportShape.EVENTS)), ImportOptions.defaults()), ImportListener.NONE,
                new Cancellation()));
        robot.interact(() -> workbench.window().viewModel().execute(ShellCommand.VERIFY_REPORT));
        FxWait.until(60, () -> idle() && summary.getText().contains("differences"));
        waitForFxEvents();
        assertThat(summary.getText()).contains("late-purchases.csv was imported since");
        assertThat(robot.lookup("#differencesTable").queryAs(TableView.class).getItems()).isNotEmpty();
        UiSnapshots.save(workbench.window().stage().getScene(), "report-verify-differences");
    }

    @Test
    void refusesADamagedReportWithItsReasonAndStaysUsable(FxRobot robot) throws Exception {
        Path damaged = folder.resolve("damaged.splitreport");
        Files.write(damaged, new byte[] {'P', 'K', 3, 4, 0, 0, 7});

        robot.interact(() -> workbench.window().viewModel().openFromCommandLine(damaged));
        FxWait.until(20, () -> !dialogs.errors.isEmpty() && idle());
        waitForFxEvents();

        assertThat(dialogs.errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("The report could not be opened");
            assertThat(error.text()).contains("damaged.splitreport").doesNotContain("Exception");
        });
        UiSnapshots.save(robot.lookup(".error-dialog").query().getScene(), "report-damaged-error");
        assertThat(workbench.window().viewModel().sidebar().items(SidebarSection.REPORTS)).isEmpty();
        assertThat(workbench.window().viewModel().isEnabled(ShellCommand.OPEN_REPORT)).isTrue();
        assertThat(workbench.window().viewModel().isEnabled(ShellCommand.NEW_WORKSPACE)).isTrue();
    }

    private void snapshotsTheReportPage(FxRobot robot) throws Exception {
        UiSnapshots.save(workbench.window().stage().getScene(), "report-results");
        TitledPane fingerprint = robot.lookup("#fingerprintPane").queryAs(TitledPane.class);
        robot.interact(() -> fingerprint.setExpanded(true));
        waitForFxEvents();
        assertThat(robot.lookup(".fingerprint-hash").queryAll()).isNotEmpty()
                .allSatisfy(hash -> assertThat(((Label) hash).getTooltip().getText()).matches(
                        "(?s)SHA-256 [0-9a-f]{64}\n.*"));
        UiSnapshots.save(workbench.window().stage().getScene(), "report-fingerprint");
        robot.interact(() -> fingerprint.setExpanded(false));
        TabPane tabs = robot.lookup(".report-tabs").queryAs(TabPane.class);
        for (int tab = 1; tab < tabs.getTabs().size(); tab++) {
            int index = tab;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            FxWait.until(10, this::idle);
            waitForFxEvents();
            UiSnapshots.save(workbench.window().stage().getScene(), "report-" + tabs.getTabs().get(tab).getText()
                    .toLowerCase(java.util.Locale.ROOT));
        }
        robot.interact(() -> tabs.getSelectionModel().select(0));
    }

    private boolean idle() {
        return !workbench.window().tasks().tracker().isBusy();
    }
}
