package com.splitbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import com.splitbench.analysis.result.ResultRow;
import com.splitbench.cli.CommandLineApp;
import com.splitbench.stats.Outcome;
import com.splitbench.ui.common.FxDialogService;
import com.splitbench.ui.results.ResultLine;
import com.splitbench.ui.shell.ShellCommand;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.SidebarSection;
import com.splitbench.ui.testing.ConnectionDialogs;
import com.splitbench.ui.testing.FxWait;
import com.splitbench.ui.testing.ScriptedDialogs;
import com.splitbench.ui.testing.UiSnapshots;
import com.splitbench.warehouse.SampleWarehouse;
import com.splitbench.workspace.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Drives the real window as a user connecting a warehouse: File ▸ Connect to a warehouse, the dialog filled for an
 * H2 file database holding a sample export, Test connection, Save, the source in the sidebar, an experiment analysed
 * on it, and the same numbers as {@code splitbench analyze --source} prints for the same mapping.
 */
@ExtendWith(ApplicationExtension.class)
class WarehouseSourceEndToEndTest {

    private static final String EXPERIMENT = "checkout_redesign";

    @TempDir
    Path folder;

    private TestWorkbench window;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        window = TestWorkbench.show(stage, folder, 820, owner -> new ScriptedDialogs(new FxDialogService(owner)));
        workbench = window.workbench();
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void connectsSavesAndAnalysesAWarehouseSourceWithTheNumbersOfTheCommandLine(FxRobot robot) throws Exception {
        String url = SampleWarehouse.copyInto(folder);
        Path workspace = folder.resolve("ws");
        Workspace.create(workspace).close();
        robot.interact(() -> workbench.window().viewModel().openFromCommandLine(workspace));
        FxWait.until(20, () -> workbench.window().viewModel().isEnabled(
                ShellCommand.CONNECT_WAREHOUSE));

        robot.interact(() -> workbench.window().viewModel().execute(ShellCommand.CONNECT_WAREHOUSE));
        FxWait.until(10, () -> robot.lookup(".connection-dialog").tryQuery().isPresent());
        Node dialog = robot.lookup(".connection-dialog").query();
        ConnectionDialogs.fillForSampleWarehouse(robot, dialog, url);
        assertThat(text(robot, dialog, "#engineHint")).isEqualTo("Detected from the URL: h2");

        robot.interact(() -> button(robot, dialog, "#testButton").fire());
        FxWait.until(30, () -> text(robot, dialog, "#statusLabel").startsWith("Connected to H2"));
        waitForFxEvents();
        UiSnapshots.save(dialog.getScene(), "connection-dialog");
        UiSnapshots.save(robot.from(dialog).lookup(".dialog-scroll").queryAs(ScrollPane.class).getContent(),
                "connection-dialog-form");

        ConnectionDialogs.field(robot, dialog, "#nameField", "dw");
        robot.interact(() -> button(robot, dialog, "#saveButton").fire());
        FxWait.until(10, () -> dialog.getScene().getWindow() == null
                || !dialog.getScene().getWindow().isShowing());
        FxWait.until(20, () -> robot.lookup("#analyseButton").tryQuery().isPresent());
        List<SidebarItem> sources = workbench.window().viewModel().sidebar().items(SidebarSection.SOURCES);
        assertThat(sources).extracting(SidebarItem::key).containsExactly("dw");
        assertThat(sources.get(0).detail()).isEqualTo("h2 · assignments, events");
        assertThat(workbench.window().viewModel().sidebar().getSelectedItem().kind())
                .isEqualTo(SidebarItem.Kind.SOURCE);

        // The password typed in the dialog is kept for the session: the page does not ask again.
        assertThat(robot.lookup("#passwordField").queryAll().stream().filter(PasswordField.class::isInstance)
                .map(node -> ((PasswordField) node).getText())).contains(SampleWarehouse.PASSWORD);
        @SuppressWarnings("unchecked")
        ComboBox<String> experiment = robot.lookup("#experimentChoice").queryAs(ComboBox.class);
        robot.interact(() -> experiment.getEditor().setText(EXPERIMENT));
        robot.interact(() -> robot.lookup("#analyseButton").queryButton().fire());
        FxWait.until(60, () -> !table(robot).getItems().isEmpty()
                && !workbench.window().tasks().tracker().isBusy());
        waitForFxEvents();
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText())
                .startsWith("Analysed checkout_redesign on h2 in ");
        UiSnapshots.save(workbench.window().stage().getScene(), "warehouse-results");

        assertSameNumbersAsTheCommandLine(table(robot).getItems(), url);
    }

    /** Every line of the window's table has the users, mean, lift and p-value the command line prints. */
    private static void assertSameNumbersAsTheCommandLine(List<ResultLine> lines, String url) {
        List<String> args = new ArrayList<>(List.of("analyze", "--experiment", EXPERIMENT, "--source", url, "--user",
                SampleWarehouse.USER, "--password", SampleWarehouse.PASSWORD));
        args.addAll(SampleWarehouse.MAPPING);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(CommandLineApp.run(args.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true))).as(err.toString()).isZero();
        List<String> csv = out.toString().lines().toList();
        List<String> header = List.of(csv.get(0).split(","));
        Map<String, Map<String, String>> byRow = new HashMap<>();
        for (String line : csv.subList(1, csv.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), cells[c]);
            }
            byRow.put(row.get("metric") + "/" + row.get("variant"), row);
        }
        long metrics = lines.stream().map(l -> l.metric().name()).distinct().count();
        assertThat((long) lines.size()).isEqualTo(byRow.size() - metrics);
        for (ResultLine line : lines) {
            for (ResultRow row : List.of(line.row(), line.controlRow())) {
                Map<String, String> printed = byRow.get(row.metric() + "/" + row.variant());
                assertThat(printed).as(row.metric() + "/" + row.variant()).isNotNull();
                assertThat(Long.toString(row.users())).isEqualTo(printed.get("users"));
                assertThat(number(row.mean())).isEqualTo(printed.get("mean"));
                assertThat(number(row.relativeLift())).isEqualTo(printed.get("rel_lift"));
                assertThat(number(row.pValue())).isEqualTo(printed.get("p_value"));
            }
        }
    }

    private static String number(Outcome<Double> value) {
        return value.asOptional().filter(v -> !v.isNaN()).map(v -> Double.toString(v)).orElse("");
    }

    @SuppressWarnings("unchecked")
    private static TableView<ResultLine> table(FxRobot robot) {
        return robot.lookup(".warehouse-page .results-table").queryAs(TableView.class);
    }

    private static Button button(FxRobot robot, Node dialog, String id) {
        return robot.from(dialog).lookup(id).queryButton();
    }

    private static String text(FxRobot robot, Node dialog, String id) {
        return robot.from(dialog).lookup(id).queryAs(Label.class).getText();
    }
}
