package com.splitbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import com.splitbench.ui.common.FxDialogService;
import com.splitbench.ui.importwizard.FileResult;
import com.splitbench.ui.results.ResultLine;
import com.splitbench.ui.shell.ShellCommand;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.SidebarSection;
import com.splitbench.ui.testing.CommandLineRows;
import com.splitbench.ui.testing.FxWait;
import com.splitbench.ui.testing.ScriptedDialogs;
import com.splitbench.ui.testing.UiSnapshots;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
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
        FxWait.until(10, () -> workbench.window().viewModel().sidebar().getWorkspace() != null);

        dialogs.chosenFileLists.push(List.of(Path.of("sample-data/assignments.csv.gz"),
                Path.of("sample-data/events.csv.gz")));
        robot.interact(() -> workbench.window().viewModel().execute(ShellCommand.IMPORT));
        FxWait.until(10, () -> !robot.lookup("#importButton").queryButton().isDisabled());
        UiSnapshots.save(wizardScene(robot), "import-wizard-setup");
        robot.clickOn("#importButton");
        FxWait.until(30, () -> robot.lookup("#headlineLabel").queryLabeled().isVisible()
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

        FxWait.until(20, () -> workbench.window().viewModel().sidebar()
                .items(SidebarSection.EXPERIMENTS).size() == 3);
        SidebarItem checkout = workbench.window().viewModel().sidebar().items(SidebarSection.EXPERIMENTS).stream()
                .filter(item -> item.key().equals("checkout_redesign")).findFirst().orElseThrow();
        robot.interact(() -> workbench.window().viewModel().select(checkout));
        TableView<ResultLine> table = resultsTable(robot);
        FxWait.until(30, () -> !table.getItems().isEmpty());

        @SuppressWarnings("unchecked")
        ChoiceBox<String> baseline = robot.lookup("#baselineChoice").queryAs(ChoiceBox.class);
        @SuppressWarnings("unchecked")
        ChoiceBox<String> segment = robot.lookup("#segmentChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> baseline.setValue("treatment_a"));
        robot.interact(() -> segment.setValue("platform"));
        FxWait.until(30, () -> !table.getItems().isEmpty()
                && !table.getItems().get(0).segment().isEmpty()
                && table.getItems().stream().noneMatch(line -> line.variant().equals("treatment_a"))
                && !workbench.window().tasks().tracker().isBusy());
        UiSnapshots.save(workbench.window().stage().getScene(), "results-baseline-and-segment");

        // The same numbers as the command line's, row for row.
        CommandLineRows.run("analyze", "--workspace=" + workspace, "--experiment=checkout_redesign", "--format=csv",
                "--control", "treatment_a", "--segment", "platform").assertSameNumbers(table.getItems(), "treatment_a");
    }

    @SuppressWarnings("unchecked")
    private static TableView<ResultLine> resultsTable(FxRobot robot) throws Exception {
        FxWait.until(30, () -> !robot.lookup(".results-table").queryAll().isEmpty());
        return robot.lookup(".results-table").queryAs(TableView.class);
    }

    private static javafx.scene.Scene wizardScene(FxRobot robot) {
        return robot.lookup("#importButton").queryAs(Button.class).getScene();
    }
}
