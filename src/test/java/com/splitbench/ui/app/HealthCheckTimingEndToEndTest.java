package com.splitbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.splitbench.ui.common.FxDialogService;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.testing.SampleWorkspaces;
import com.splitbench.ui.testing.ScriptedDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
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
 * The sidebar's health checks analyse every experiment of a workspace just opened. On a laptop with few cores they
 * must not compete with the experiment the user is looking at: the first one starts only once that experiment's
 * results are in its table and laid out.
 */
@ExtendWith(ApplicationExtension.class)
class HealthCheckTimingEndToEndTest {

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

        waitFor(60, TimeUnit.SECONDS, () -> atEachCheck.size() >= 2
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
}
