package com.splitbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import com.splitbench.ui.chart.ChartPane;
import com.splitbench.ui.common.FxDialogService;
import com.splitbench.ui.results.ResultLine;
import com.splitbench.ui.settings.Theme;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.SidebarSection;
import com.splitbench.ui.sidebar.SidebarViewModel;
import com.splitbench.ui.table.TableClipboard;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.testing.FxWait;
import com.splitbench.ui.testing.SampleWorkspaces;
import com.splitbench.ui.testing.ScriptedDialogs;
import com.splitbench.ui.testing.UiSnapshots;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window on the sample workspace, with the real services. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchEndToEndTest {

    @TempDir
    Path folder;

    private TestWorkbench window;
    private Workbench workbench;
    private ScriptedDialogs dialogs;

    @Start
    void start(Stage stage) {
        window = TestWorkbench.show(stage, folder, 820, owner -> {
            dialogs = new ScriptedDialogs(new FxDialogService(owner));
            return dialogs;
        });
        workbench = window.workbench();
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void walksThroughTheSampleWorkspaceAsAUserWould(FxRobot robot) throws Exception {
        Path workspace = SampleWorkspaces.copyInto(folder);

        robot.interact(() -> workbench.window().viewModel().openFromCommandLine(workspace));
        FxWait.until(30, () -> !robot.lookup(".results-table").queryAll().isEmpty()
                && !robot.lookup(".results-table").queryAs(TableView.class).getItems().isEmpty());
        FxWait.until(30, () -> !workbench.window().tasks().tracker().isBusy());
        waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<ResultLine> table = robot.lookup(".results-table").queryAs(TableView.class);
        assertThat(table.getItems().get(0).metric().name()).isEqualTo("purchase_rate");
        UiSnapshots.save(scene(), "results");

        explainsACellAndCopiesTheTableAtFullPrecision(robot, table);
        snapshotsEveryTab(robot);
        opensTheMetricEditorFromTheDefinition(robot);
        opensAMetricAndAnImportFromTheSidebar(robot);
        showsThePerUserTableExperimentInTheDarkTheme(robot);
    }

    /**
     * The sidebar's health checks analyse every experiment of a workspace just opened. On a laptop with few cores
     * they must not compete with the experiment the user is looking at: the first one starts only once that
     * experiment's results are in its table and laid out.
     */
    @Test
    void startsTheHealthChecksOnceTheFirstResultsAreLaidOut(FxRobot robot) throws Exception {
        Path workspace = SampleWorkspaces.copyInto(folder);
        // What the results table held, and whether it needed a layout, as each health check started.
        List<String> atEachCheck = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            workbench.window().tasks().tracker().running().addListener(
                    (ListChangeListener<BackgroundTask<?>>) change -> {
                        while (change.next()) {
                            for (BackgroundTask<?> task : change.getAddedSubList()) {
                                if (task.title().startsWith("Checking experiment")) {
                                    atEachCheck.add(tableState(robot));
                                }
                            }
                        }
                    });
            workbench.window().viewModel().openFromCommandLine(workspace);
        });

        FxWait.until(60, () -> atEachCheck.size() >= 2
                && !workbench.window().tasks().tracker().isBusy());
        assertThat(atEachCheck.get(0)).as("the results table when the first health check started")
                .isEqualTo("rows laid out");
    }

    private static String tableState(FxRobot robot) {
        List<Node> tables = List.copyOf(robot.lookup(".results-table").queryAll());
        if (tables.isEmpty()) {
            return "no table";
        }
        TableView<?> table = (TableView<?>) tables.get(0);
        if (table.getItems().isEmpty()) {
            return "no rows";
        }
        // Row cells showing lines exist only once a layout pass put the rows on screen.
        boolean shown = table.lookupAll(".table-row-cell").stream()
                .anyMatch(row -> row instanceof TableRow && ((TableRow<?>) row).getItem() != null);
        return shown ? "rows laid out" : "rows not laid out";
    }
    private void explainsACellAndCopiesTheTableAtFullPrecision(FxRobot robot, TableView<ResultLine> table)
            throws Exception {
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(1, table.getColumns().get(4));
            table.getFocusModel().focus(1, table.getColumns().get(4));
        });
        waitForFxEvents();
        TextArea explanation = robot.lookup("#explanationText").queryAs(TextArea.class);
        assertThat(explanation.getText()).startsWith("purchase_rate · treatment_b vs control")
                .contains("Conversion rate of treatment_b", "662 / 5,402");
        UiSnapshots.save(scene(), "results-explain");

        robot.interact(() -> TableClipboard.copy(table, true));
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
                .get(5, TimeUnit.SECONDS);
        ResultLine line = table.getItems().get(1);
        assertThat(copied.lines().toList()).hasSize(2);
        assertThat(copied.lines().toList().get(1)).contains(Double.toString(line.treatment().value()),
                Double.toString(line.relative().interval().low()));
    }

    private void snapshotsEveryTab(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup(".experiment-tabs").queryAs(TabPane.class);
        for (int tab = 1; tab < tabs.getTabs().size(); tab++) {
            int index = tab;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            FxWait.until(10, () -> !workbench.window().tasks().tracker().isBusy());
            waitForFxEvents();
            UiSnapshots.save(scene(), tabs.getTabs().get(tab).getText().toLowerCase(Locale.ROOT));
            // A tab's view is built when first opened, after the page loaded: its charts must show that data.
            for (ChartPane chart : robot.from(tabs.getTabs().get(tab).getContent()).lookup(".chart-pane")
                    .queryAllAs(ChartPane.class)) {
                if (chart.isVisible() && chart.getParent().isVisible()) {
                    assertThat(hasData(chart.chart().getPlot())).as("chart %s on tab %s", chart.chart().getTitle(),
                            tabs.getTabs().get(tab).getText()).isTrue();
                }
            }
        }
        robot.interact(() -> tabs.getSelectionModel().select(0));
    }

    private static boolean hasData(Plot plot) {
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDatasetCount(); i++) {
                XYDataset data = xy.getDataset(i);
                if (data != null && data.getSeriesCount() > 0 && data.getItemCount(0) > 0) {
                    return true;
                }
            }
            return false;
        }
        if (plot instanceof CategoryPlot category) {
            for (int i = 0; i < category.getDatasetCount(); i++) {
                if (category.getDataset(i) != null && category.getDataset(i).getRowCount() > 0) {
                    return true;
                }
            }
            return false;
        }
        throw new AssertionError("A chart with an unexpected plot: " + plot.getClass());
    }

    private void opensTheMetricEditorFromTheDefinition(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup(".experiment-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().size() - 1));
        waitForFxEvents();
        Button edit = robot.lookup(".metrics-table .button").queryButton();
        // The dialog waits for an answer, so it is opened later and closed from the test.
        robot.interact(() -> javafx.application.Platform.runLater(edit::fire));
        FxWait.until(10, () -> robot.lookup(".metric-editor").tryQuery().isPresent());
        waitForFxEvents();
        javafx.scene.Node editor = robot.lookup(".metric-editor").query();
        assertThat(robot.from(editor).lookup("#nameField").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("purchase_rate");
        UiSnapshots.save(editor.getScene(), "metric-editor-dialog");
        robot.interact(() -> editor.getScene().getWindow().hide());
        robot.interact(() -> tabs.getSelectionModel().select(0));
    }

    private void opensAMetricAndAnImportFromTheSidebar(FxRobot robot) throws Exception {
        SidebarViewModel sidebar = workbench.window().viewModel().sidebar();
        SidebarItem metric = sidebar.items(SidebarSection.METRICS).stream()
                .filter(item -> item.key().equals("revenue_per_user")).findFirst().orElseThrow();
        robot.interact(() -> sidebar.select(metric));
        FxWait.until(10, () -> robot.lookup("#saveButton").tryQuery().isPresent()
                && !robot.lookup("#saveButton").queryButton().isDisabled());
        UiSnapshots.save(scene(), "metric-page");
        SidebarItem events = sidebar.items(SidebarSection.DATA).stream()
                .filter(item -> item.name().equals("events.csv.gz")).findFirst().orElseThrow();
        robot.interact(() -> sidebar.select(events));
        FxWait.until(10, () -> robot.lookup(".fact-label").tryQuery().isPresent());
        UiSnapshots.save(scene(), "import-details");
    }

    private void showsThePerUserTableExperimentInTheDarkTheme(FxRobot robot) throws Exception {
        SidebarViewModel sidebar = workbench.window().viewModel().sidebar();
        SidebarItem table = sidebar.items(SidebarSection.EXPERIMENTS).stream()
                .filter(item -> item.key().equals("checkout_redesign_table")).findFirst().orElseThrow();
        robot.interact(() -> {
            workbench.window().settings().setTheme(Theme.DARK);
            sidebar.select(table);
        });
        FxWait.until(30, () -> robot.lookup(".results-table").queryAll().stream()
                .anyMatch(node -> node.isVisible() && node.getScene() != null
                        && !((TableView<?>) node).getItems().isEmpty()
                        && ((ResultLine) ((TableView<?>) node).getItems().get(0)).metric().name().equals("converted")));
        FxWait.until(10, () -> !workbench.window().tasks().tracker().isBusy());
        waitForFxEvents();
        UiSnapshots.save(scene(), "results-per-user-table-dark");
        robot.interact(() -> workbench.window().settings().setTheme(Theme.LIGHT));
    }

    private javafx.scene.Scene scene() {
        return workbench.window().stage().getScene();
    }
}
