package com.splitbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.ui.results.ResultLine;
import com.splitbench.ui.settings.ConfigDirectory;
import com.splitbench.ui.testing.FxWait;
import com.splitbench.ui.testing.UiSnapshots;
import com.splitbench.ui.workspace.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real application class, as the launcher does, on configuration and data folders of its own: a first
 * start builds the sample workspace from the bundled exports and shows an experiment's results.
 */
class DesktopAppTest {

    @TempDir
    Path config;
    @TempDir
    Path data;
    private Application app;

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(null)).get();
        System.clearProperty(ConfigDirectory.OVERRIDE_PROPERTY);
        System.clearProperty(DataDirectory.OVERRIDE_PROPERTY);
    }

    @Test
    void firstStartBuildsTheSampleWorkspaceAndShowsTheResultsOfItsFirstExperiment() throws Exception {
        System.setProperty(ConfigDirectory.OVERRIDE_PROPERTY, config.toString());
        System.setProperty(DataDirectory.OVERRIDE_PROPERTY, data.toString());
        FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();

        long started = System.nanoTime();
        // What the results table held when the window got its icons, which wait until the first results are shown.
        AtomicReference<String> tableWhenIconsSet = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().addListener(
                (ListChangeListener<Window>) windows -> {
                    while (windows.next()) {
                        for (Window added : windows.getAddedSubList()) {
                            if (added instanceof Stage) {
                                ((Stage) added).getIcons().addListener((InvalidationListener) icons -> {
                                    if (tableWhenIconsSet.get() == null) {
                                        tableWhenIconsSet.set(robot.lookup(".results-table").tryQueryAs(
                                                TableView.class).map(table -> table.getItems().size() + " rows")
                                                .orElse("no table"));
                                    }
                                });
                            }
                        }
                    }
                })).get();
        app = FxToolkit.setupApplication(DesktopApp.class);
        FxWait.until(60, () -> !robot.lookup(".results-table").queryAll().isEmpty()
                && !robot.lookup(".results-table").queryAs(TableView.class).getItems().isEmpty());
        System.out.printf("First start to results visible: %d ms%n", (System.nanoTime() - started) / 1_000_000);

        Stage stage = (Stage) Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w instanceof Stage && ((Stage) w).getTitle().endsWith("Splitbench"))
                .findFirst().orElseThrow();
        assertThat(stage.getTitle()).isEqualTo("sample-workspace — Splitbench");
        FxWait.until(30, () -> !stage.getIcons().isEmpty());
        assertThat(tableWhenIconsSet.get()).as("the results table when the icons were set").endsWith("rows")
                .doesNotStartWith("0 ");
        ResultLine first = (ResultLine) robot.lookup(".results-table").queryAs(TableView.class).getItems().get(0);
        assertThat(first.metric().name()).isEqualTo("purchase_rate");
        assertThat(data.resolve("sample-workspace/workspace.sbw")).exists();
        assertThat(data.resolve("sample-workspace.building")).doesNotExist();
        assertThat(config.resolve("logs/splitbench-0.log")).exists();
        UiSnapshots.save(stage.getScene(), "first-start");

        WaitForAsyncUtils.asyncFx(() -> ((DesktopApp) app).stop()).get();
        assertThat(Files.readString(config.resolve("settings.json"))).contains("sample-workspace");
    }
}
