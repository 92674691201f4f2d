package com.splitbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.ui.settings.Theme;
import com.splitbench.ui.settings.UiSettings;
import com.splitbench.ui.settings.UiSettingsStore;
import com.splitbench.ui.task.AppExecutor;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stored theme's stylesheet is in place before the window makes its first control: the first control class to
 * load would otherwise load JavaFX's own Modena stylesheet, only for the theme to replace it.
 */
@ExtendWith(ApplicationExtension.class)
class ShellWindowThemeTest {

    @TempDir
    Path config;

    private final AtomicReference<String> stylesheetWhileBuilding = new AtomicReference<>();
    private AppExecutor executor;
    private ShellWindow window;

    @Start
    void start(Stage stage) {
        UiSettingsStore store = new UiSettingsStore(config);
        UiSettings stored = store.load();
        stored.setTheme(Theme.DARK);
        store.save(stored);
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        executor = new AppExecutor(1);
        // The views are asked for just before the window's FXML makes its controls.
        window = ShellWindow.builder(store, executor)
                .viewsWith((services, display) -> {
                    stylesheetWhileBuilding.set(Application.getUserAgentStylesheet());
                    return item -> Optional.empty();
                })
                .build(stage);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.stage().close();
            Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        }).get(5, TimeUnit.SECONDS);
        executor.close();
    }

    @Test
    void setsTheStoredThemesStylesheetBeforeMakingControls() throws Exception {
        assertThat(stylesheetWhileBuilding.get()).isEqualTo(Theme.DARK.userAgentStylesheet());
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.stage().getScene().getRoot().getStyleClass()
                .contains("theme-dark")).get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void switchesTheStylesheetAndTheRootsClassWhenTheThemeChanges() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.settings().setTheme(Theme.LIGHT)).get(5, TimeUnit.SECONDS);

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.LIGHT.userAgentStylesheet());
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.stage().getScene().getRoot().getStyleClass())
                .get(5, TimeUnit.SECONDS)).contains("theme-light").doesNotContain("theme-dark");
    }
}
