package com.splitbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import com.splitbench.ui.common.FxDialogService;
import com.splitbench.ui.results.ResultLine;
import com.splitbench.ui.settings.Theme;
import com.splitbench.ui.settings.UiSettingsStore;
import com.splitbench.ui.shell.ShellInfo;
import com.splitbench.ui.shell.ShellWindow;
import com.splitbench.ui.task.AppExecutor;
import com.splitbench.ui.testing.SampleWorkspaces;
import com.splitbench.ui.testing.ScriptedDialogs;
import com.splitbench.ui.testing.UiSnapshots;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
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

/** Drives the real window on the sample workspace, with the real services. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchEndToEndTest {

    @TempDir
    Path folder;

    private AppExecutor executor;
    private Workbench workbench;
    private ScriptedDialogs dialogs;

    @Start
    void start(Stage stage) {
        executor = new AppExecutor(4);
        workbench = Workbench.build(ShellWindow.builder(new UiSettingsStore(folder.resolve("config")), executor)
                .info(new ShellInfo("test", folder, null))
                .dialogs(owner -> {
                    dialogs = new ScriptedDialogs(new FxDialogService(owner));
                    return dialogs;
                }), stage);
        workbench.window().settings().setTheme(Theme.LIGHT);
        stage.setWidth(1280);
        stage.setHeight(820);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> workbench.window().close()).get(5, TimeUnit.SECONDS);
        workbench.close();
        executor.close();
    }

    @Test
    void opensTheSampleWorkspaceOnItsFirstExperimentWithResults(FxRobot robot) throws Exception {
        Path workspace = SampleWorkspaces.copyInto(folder);

        robot.interact(() -> workbench.window().viewModel().openFromCommandLine(workspace));
        waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup(".results-table").queryAll().isEmpty()
                && !robot.lookup(".results-table").queryAs(TableView.class).getItems().isEmpty());
        waitForFxEvents();

        TableView<?> table = robot.lookup(".results-table").queryAs(TableView.class);
        ResultLine first = (ResultLine) table.getItems().get(0);
        assertThat(first.metric().name()).isEqualTo("purchase_rate");
        UiSnapshots.save(workbench.window().stage().getScene(), "workbench-results");
        TabPane tabs = robot.lookup(".experiment-tabs").queryAs(TabPane.class);
        for (int tab = 1; tab < tabs.getTabs().size(); tab++) {
            int index = tab;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            Thread.sleep(1500);
            waitForFxEvents();
            UiSnapshots.save(workbench.window().stage().getScene(), "workbench-tab-"
                    + tabs.getTabs().get(tab).getText().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
