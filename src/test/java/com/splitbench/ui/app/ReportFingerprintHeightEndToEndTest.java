package com.splitbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import com.splitbench.spec.Correction;
import com.splitbench.ui.common.FxDialogService;
import com.splitbench.ui.results.ResultLine;
import com.splitbench.ui.testing.FxWait;
import com.splitbench.ui.testing.ResultsPages;
import com.splitbench.ui.testing.SampleReportFiles;
import com.splitbench.ui.testing.ScriptedDialogs;
import com.splitbench.ui.testing.TableFit;
import com.splitbench.ui.testing.UiSnapshots;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.data.Offset;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A report on a 1280 × 800 window, the smallest size the app is designed for, with its data fingerprint open: the
 * user opened the report to read the results, so the provenance must leave the results table enough height to read
 * a useful number of rows.
 */
@ExtendWith(ApplicationExtension.class)
class ReportFingerprintHeightEndToEndTest {

    /** Fewer rows than this and the table is a peephole: a goal metric's variants and a secondary metric or two. */
    private static final int USEFUL_ROWS = 6;

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
    void leavesTheResultsTableAUsefulNumberOfRowsWithTheFingerprintOpen(FxRobot robot) throws Exception {
        Path report = SampleReportFiles.checkout(folder, "checkout.splitreport", Correction.HOLM);
        robot.interact(() -> workbench.window().viewModel().openFromCommandLine(report));
        TableView<ResultLine> table = ResultsPages.table(robot, ".report-view");
        FxWait.until(30, () -> !workbench.window().tasks().tracker().isBusy());
        TitledPane fingerprint = robot.lookup("#fingerprintPane").queryAs(TitledPane.class);
        robot.interact(() -> fingerprint.setExpanded(true));
        waitForFxEvents();
        UiSnapshots.save(workbench.window().stage().getScene(), "report-fingerprint-rows-1280x800");

        AtomicInteger inView = new AtomicInteger();
        robot.interact(() -> inView.set(TableFit.rowsInView(table)));
        assertThat(table.getItems()).hasSizeGreaterThanOrEqualTo(USEFUL_ROWS);
        assertThat(inView.get()).as("result rows readable with the fingerprint open").isGreaterThanOrEqualTo(
                Math.min(USEFUL_ROWS, table.getItems().size()));
        // The page fits its tab: the explanation below the table gives way instead of running off the bottom.
        robot.interact(() -> {
            Region tabContent = robot.lookup(".report-view .report-tabs .tab-content-area").queryAs(Region.class);
            Region explanation = robot.lookup(".report-view .explanation-pane").queryAs(Region.class);
            double tabBottom = tabContent.localToScene(tabContent.getLayoutBounds()).getMaxY();
            assertThat(explanation.localToScene(explanation.getLayoutBounds()).getMaxY())
                    .as("explanation's bottom against the tab's").isLessThanOrEqualTo(tabBottom + 0.5);
            assertThat(explanation.getHeight()).as("explanation still shows its title").isGreaterThan(20);
        });

        // The fingerprint can still be read in full: it scrolls on its own down to the last exclusion count.
        ScrollPane scroll = robot.lookup("#fingerprintScroll").queryAs(ScrollPane.class);
        Label last = robot.from(fingerprint).lookup((Node node) -> node instanceof Label
                && "Events of excluded users (ignored)".equals(((Label) node).getText())).queryAs(Label.class);
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        waitForFxEvents();
        robot.interact(() -> {
            Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
            Bounds line = last.localToScene(last.getLayoutBounds());
            assertThat(line.getMinY()).as("last line's top").isGreaterThanOrEqualTo(viewport.getMinY());
            assertThat(line.getMaxY()).as("last line's bottom").isLessThanOrEqualTo(viewport.getMaxY());
            assertThat(TableFit.rowsInView(table)).as("result rows after scrolling the fingerprint")
                    .isGreaterThanOrEqualTo(Math.min(USEFUL_ROWS, table.getItems().size()));
        });
        UiSnapshots.save(workbench.window().stage().getScene(), "report-fingerprint-scrolled-1280x800");
    }

    @Test
    void givesTheExplanationItsHeightBackWhenTheFingerprintCloses(FxRobot robot) throws Exception {
        Path report = SampleReportFiles.checkout(folder, "checkout.splitreport", Correction.HOLM);
        robot.interact(() -> workbench.window().viewModel().openFromCommandLine(report));
        ResultsPages.table(robot, ".report-view");
        FxWait.until(30, () -> !workbench.window().tasks().tracker().isBusy());
        waitForFxEvents();
        Region explanation = robot.lookup(".report-view .explanation-pane").queryAs(Region.class);
        double before = explanation.getHeight();
        assertThat(before).as("explanation height before").isGreaterThan(50);

        TitledPane fingerprint = robot.lookup("#fingerprintPane").queryAs(TitledPane.class);
        robot.interact(() -> fingerprint.setExpanded(true));
        waitForFxEvents();
        robot.interact(() -> fingerprint.setExpanded(false));
        waitForFxEvents();
        UiSnapshots.save(workbench.window().stage().getScene(), "report-fingerprint-closed-again-1280x800");

        assertThat(explanation.getHeight()).as("explanation height after the fingerprint closed")
                .isCloseTo(before, Offset.offset(1.0));

        // A height the user drags the divider to is the one kept from then on.
        Node divider = robot.lookup(".report-view .results-split .split-pane-divider").query();
        robot.drag(divider, MouseButton.PRIMARY).dropBy(0, 40);
        waitForFxEvents();
        double dragged = explanation.getHeight();
        assertThat(dragged).as("explanation height after dragging the divider down").isLessThan(before - 30);
        robot.interact(() -> fingerprint.setExpanded(true));
        waitForFxEvents();
        robot.interact(() -> fingerprint.setExpanded(false));
        waitForFxEvents();
        assertThat(explanation.getHeight()).as("dragged explanation height after the fingerprint closed")
                .isCloseTo(dragged, Offset.offset(1.0));
    }
}
