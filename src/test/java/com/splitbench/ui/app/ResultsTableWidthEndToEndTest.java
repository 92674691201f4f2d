package com.splitbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import com.splitbench.spec.Correction;
import com.splitbench.ui.common.FxDialogService;
import com.splitbench.ui.glossary.Statistic;
import com.splitbench.ui.glossary.StatisticGlossary;
import com.splitbench.ui.results.ResultLine;
import com.splitbench.ui.testing.FxWait;
import com.splitbench.ui.testing.ResultsPages;
import com.splitbench.ui.testing.SampleReportFiles;
import com.splitbench.ui.testing.SampleWorkspaces;
import com.splitbench.ui.testing.ScriptedDialogs;
import com.splitbench.ui.testing.TableFit;
import com.splitbench.ui.testing.UiSnapshots;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * The results table on a 1280 × 800 window, the smallest size the app is designed for: every column shows its
 * header and each cell in full (no "…"), all columns in view, on a report with its data fingerprint open and on an
 * experiment's page, in relative and absolute view, row by row.
 */
@ExtendWith(ApplicationExtension.class)
class ResultsTableWidthEndToEndTest {

    @TempDir
    Path folder;

    private TestWorkbench window;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        window = TestWorkbench.show(stage, folder, 800, owner -> new ScriptedDialogs(new FxDialogService(owner)));
        workbench = window.workbench();
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void showsEveryColumnOfAReportInFullWithItsFingerprintOpen(FxRobot robot) throws Exception {
        // Holm's correction adds the widest p-values: "< 0.001 adj." over "raw < 0.001".
        Path report = SampleReportFiles.checkout(folder, "checkout.splitreport", Correction.HOLM);
        robot.interact(() -> workbench.window().viewModel().openFromCommandLine(report));
        TableView<ResultLine> table = ResultsPages.table(robot, ".report-view");
        FxWait.until(30, this::idle);
        TitledPane fingerprint = robot.lookup("#fingerprintPane").queryAs(TitledPane.class);
        robot.interact(() -> fingerprint.setExpanded(true));
        waitForFxEvents();
        assertThat(table.getItems()).anyMatch(line -> line.pValue().text().equals("< 0.001 adj."));

        UiSnapshots.save(workbench.window().stage().getScene(), "report-fingerprint-1280x800");
        assertEveryRowShownInFull(robot, table);
        showAbsolute(robot, ".report-view");
        assertEveryRowShownInFull(robot, table);
    }

    @Test
    void showsEveryColumnOfAnExperimentInFull(FxRobot robot) throws Exception {
        Path workspace = SampleWorkspaces.copyInto(folder);
        robot.interact(() -> workbench.window().viewModel().openFromCommandLine(workspace));
        TableView<ResultLine> table = ResultsPages.table(robot, ".experiment-view");
        FxWait.until(30, this::idle);
        waitForFxEvents();

        UiSnapshots.save(workbench.window().stage().getScene(), "results-1280x800");
        assertEveryRowShownInFull(robot, table);
        showAbsolute(robot, ".experiment-view");
        assertEveryRowShownInFull(robot, table);

        // Adjusted p-values and the chance to win as well: their headers take two lines, so every column still fits.
        ResultsPages.choose(robot, ".experiment-view", "#correctionChoice", Correction.HOLM);
        CheckBox bayesian = robot.from(robot.lookup(".experiment-view").queryAs(Node.class)).lookup("#bayesianCheck")
                .queryAs(CheckBox.class);
        robot.interact(() -> bayesian.setSelected(true));
        FxWait.until(30, () -> idle() && table.getItems().stream().anyMatch(l -> l.pValue().adjusted())
                && table.getItems().stream().anyMatch(l -> !Double.isNaN(l.chanceToWin())));
        waitForFxEvents();
        UiSnapshots.save(workbench.window().stage().getScene(), "results-holm-bayesian-1280x800");
        assertEveryRowShownInFull(robot, table);
        // The headers' explanations follow what they head.
        StatisticGlossary glossary = StatisticGlossary.english();
        robot.interact(() -> {
            assertThat(headerHelp(table, "p-value")).isEqualTo(glossary.explain(Statistic.ADJUSTED_P_VALUE));
            assertThat(headerHelp(table, "Abs")).isEqualTo(glossary.explain(Statistic.ABSOLUTE_DIFFERENCE));
        });
        robot.interact(() -> assertThat(TableFit.scrollsSideways(table)).isFalse());

        // A segment column on top is more than 1280 px can hold: the table scrolls sideways rather than cut a column
        // off, and stops once the window is wide enough.
        ResultsPages.choose(robot, ".experiment-view", "#segmentChoice", "platform");
        FxWait.until(30, () -> idle() && table.getItems().stream().anyMatch(l -> !l.segment().isEmpty()));
        waitForFxEvents();
        UiSnapshots.save(workbench.window().stage().getScene(), "results-holm-bayesian-segment-1280x800");
        assertNoTextCut(robot, table);
        robot.interact(() -> assertThat(TableFit.columnsOutOfView(table).isEmpty() || TableFit.scrollsSideways(table))
                .as("every column is in view or can be scrolled to").isTrue());
        robot.interact(() -> workbench.window().stage().setWidth(1600));
        waitForFxEvents();
        UiSnapshots.save(workbench.window().stage().getScene(), "results-holm-bayesian-segment-1600x800");
        assertEveryRowShownInFull(robot, table);
        robot.interact(() -> assertThat(TableFit.scrollsSideways(table)).isFalse());
    }

    /** The accessible help (the tooltip's text) of the header whose label starts with {@code title}. */
    private static String headerHelp(TableView<ResultLine> table, String title) {
        return table.getColumns().stream()
                .filter(column -> column.getGraphic() instanceof Label
                        && ((Label) column.getGraphic()).getText().startsWith(title))
                .map(column -> column.getGraphic().getAccessibleHelp())
                .findFirst().orElseThrow(() -> new AssertionError("no header " + title));
    }

    /** Scrolls through the table and checks every header and cell on the way, and that every column is in view. */
    private static void assertEveryRowShownInFull(FxRobot robot, TableView<ResultLine> table) {
        assertNoTextCut(robot, table);
        robot.interact(() -> assertThat(TableFit.columnsOutOfView(table)).as("columns out of view").isEmpty());
    }

    private static void assertNoTextCut(FxRobot robot, TableView<ResultLine> table) {
        List<String> elided = new ArrayList<>();
        for (int row = 0; row < table.getItems().size(); row++) {
            int index = row;
            robot.interact(() -> table.scrollTo(index));
            waitForFxEvents();
            robot.interact(() -> elided.addAll(TableFit.elided(table)));
        }
        assertThat(elided).as("texts cut in the results table").isEmpty();
    }

    private static void showAbsolute(FxRobot robot, String page) {
        ToggleButton absolute = robot.from(robot.lookup(page).queryAs(Node.class)).lookup("#absoluteButton")
                .queryAs(ToggleButton.class);
        robot.interact(absolute::fire);
        waitForFxEvents();
    }

    private boolean idle() {
        return !workbench.window().tasks().tracker().isBusy();
    }
}
