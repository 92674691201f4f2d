package com.splitbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.ui.settings.ConfigDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application class, as the launcher does, on a configuration folder of its own. */
class DesktopAppTest {

    @TempDir
    Path config;
    private Application app;

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(null)).get();
        System.clearProperty(ConfigDirectory.OVERRIDE_PROPERTY);
    }

    @Test
    void opensTheWindowOnTheWelcomePageAndWritesItsLogAndSettingsWhereTold() throws Exception {
        System.setProperty(ConfigDirectory.OVERRIDE_PROPERTY, config.toString());
        FxToolkit.registerPrimaryStage();

        app = FxToolkit.setupApplication(DesktopApp.class);
        WaitForAsyncUtils.waitForFxEvents();

        Stage stage = (Stage) Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w instanceof Stage && "Splitbench".equals(((Stage) w).getTitle()))
                .findFirst().orElseThrow();
        assertThat(stage.getScene().lookup("#welcomePane").isVisible()).isTrue();
        assertThat(config.resolve("logs/splitbench-0.log")).exists();

        WaitForAsyncUtils.asyncFx(() -> ((DesktopApp) app).stop()).get();
        assertThat(Files.readString(config.resolve("settings.json"))).contains("\"version\" : 1");
    }
}
