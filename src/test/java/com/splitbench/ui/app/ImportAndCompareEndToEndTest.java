package com.splitbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import com.splitbench.cli.CommandLineApp;
import com.splitbench.ui.common.FxDialogService;
import com.splitbench.ui.importwizard.FileResult;
import com.splitbench.ui.results.ResultLine;
import com.splitbench.ui.shell.ShellCommand;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.SidebarSection;
import com.splitbench.ui.testing.ScriptedDialogs;
import com.splitbench.ui.testing.UiSnapshots;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A user's first hour, in the real window with the real services: a new workspace, the sample exports imported
 * through the wizard, an experiment opened, the baseline and a segment switched; every number in the table is then
 * checked against the {@code analyze} command's output for the same workspace.
 */
@ExtendWith(ApplicationExtension.class)
class ImportAndCompareEndToEndTest {

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
    void importsTheSampleThroughTheWizardAndShowsWhatAnalyzePrints(FxRobot robot) throws Exception {
        Path workspace = folder.resolve("shop-tests");
        dialogs.chosenDirectories.push(Optional.of(workspace));
        robot.interact(() -> workbench.window().viewModel().execute(ShellCommand.NEW_WORKSPACE));
        waitFor(10, TimeUnit.SECONDS, () -> workbench.window().viewModel().sidebar().getWorkspace() != null);

        dialogs.chosenFileLists.push(List.of(Path.of("sample-data/assignments.csv.gz"),
                Path.of("sample-data/events.csv.gz")));
        robot.interact(() -> workbench.window().viewModel().execute(ShellCommand.IMPORT));
        waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#importButton").queryButton().isDisabled());
        UiSnapshots.save(wizardScene(robot), "import-wizard-setup");
        robot.clickOn("#importButton");
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#headlineLabel").queryLabeled().isVisible()
                && robot.lookup("#headlineLabel").queryLabeled().getText().startsWith("Imported"));
        waitForFxEvents();
        UiSnapshots.save(wizardScene(robot), "import-wizard-summary");

        // The counts the sample's manifest documents: rows written, exact duplicates planted.
        @SuppressWarnings("unchecked")
        List<FileResult> results = robot.lookup("#resultsTable").queryAs(TableView.class).getItems();
        assertThat(results).extracting(FileResult::file, FileResult::rowsRead, FileResult::duplicatesSkipped,
                FileResult::imported).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("assignments.csv.gz", 38_999L, 384L, 38_615L),
                        org.assertj.core.groups.Tuple.tuple("events.csv.gz", 200_201L, 580L, 199_621L));
        robot.clickOn("#closeButton");

        waitFor(20, TimeUnit.SECONDS, () -> workbench.window().viewModel().sidebar()
                .items(SidebarSection.EXPERIMENTS).size() == 3);
        SidebarItem checkout = workbench.window().viewModel().sidebar().items(SidebarSection.EXPERIMENTS).stream()
                .filter(item -> item.key().equals("checkout_redesign")).findFirst().orElseThrow();
        robot.interact(() -> workbench.window().viewModel().select(checkout));
        TableView<ResultLine> table = resultsTable(robot);
        waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());

        @SuppressWarnings("unchecked")
        ComboBox<String> baseline = robot.lookup("#baselineChoice").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> segment = robot.lookup("#segmentChoice").queryAs(ComboBox.class);
        robot.interact(() -> baseline.setValue("treatment_a"));
        robot.interact(() -> segment.setValue("platform"));
        waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && !table.getItems().get(0).segment().isEmpty()
                && table.getItems().stream().noneMatch(line -> line.variant().equals("treatment_a"))
                && !workbench.window().tasks().tracker().isBusy());
        UiSnapshots.save(workbench.window().stage().getScene(), "results-baseline-and-segment");

        Map<String, Map<String, String>> expected = analyze(workspace, "--control", "treatment_a", "--segment",
                "platform");
        assertThat(table.getItems()).hasSize((int) expected.values().stream()
                .filter(row -> row.get("is_control").equals("false")).count());
        for (ResultLine line : table.getItems()) {
            Map<String, String> row = expected.get(line.metric().name() + "|" + line.variant() + "|" + line.segment());
            Map<String, String> control = expected.get(line.metric().name() + "|treatment_a|" + line.segment());
            assertThat(row).as(line.metric().name() + " " + line.variant() + " " + line.segment()).isNotNull();
            assertSame(line.treatment().value(), row.get("mean"));
            assertSame(line.control().value(), control.get("mean"));
            assertSame(line.treatment().numerator(), row.get("numerator"));
            assertSame(line.treatment().denominator(), row.get("denominator"));
            assertSame(line.absolute().interval().estimate(), row.get("abs_diff"));
            assertSame(line.absolute().interval().low(), row.get("abs_ci_low"));
            assertSame(line.absolute().interval().high(), row.get("abs_ci_high"));
            assertSame(line.relative().interval().estimate(), row.get("rel_lift"));
            assertSame(line.relative().interval().low(), row.get("rel_ci_low"));
            assertSame(line.relative().interval().high(), row.get("rel_ci_high"));
            assertSame(line.pValue().raw(), row.get("p_value"));
        }
    }

    /** The table's double and the CSV's text are the same number (an empty cell is "not computable"). */
    private static void assertSame(double shown, String printed) {
        if (printed.isEmpty()) {
            assertThat(shown).isNaN();
        } else {
            assertThat(shown).isEqualTo(Double.parseDouble(printed));
        }
    }

    private static Map<String, Map<String, String>> analyze(Path workspace, String... options) {
        StringWriter out = new StringWriter();
        String[] args = new String[4 + options.length];
        args[0] = "analyze";
        args[1] = "--workspace=" + workspace;
        args[2] = "--experiment=checkout_redesign";
        args[3] = "--format=csv";
        System.arraycopy(options, 0, args, 4, options.length);
        assertThat(CommandLineApp.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()))).isZero();
        List<String> lines = out.toString().lines().toList();
        List<String> header = List.of(lines.get(0).split(",", -1));
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells[i]);
            }
            rows.put(row.get("metric") + "|" + row.get("variant") + "|" + row.get("segment"), row);
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static TableView<ResultLine> resultsTable(FxRobot robot) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup(".results-table").queryAll().isEmpty());
        return robot.lookup(".results-table").queryAs(TableView.class);
    }

    private static javafx.scene.Scene wizardScene(FxRobot robot) {
        return robot.lookup("#importButton").queryAs(Button.class).getScene();
    }
}
