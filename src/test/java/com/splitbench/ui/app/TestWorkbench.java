package com.splitbench.ui.app;

import com.splitbench.ui.common.DialogService;
import com.splitbench.ui.settings.Theme;
import com.splitbench.ui.settings.UiSettingsStore;
import com.splitbench.ui.shell.ShellInfo;
import com.splitbench.ui.shell.ShellWindow;
import com.splitbench.ui.task.AppExecutor;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on the real services, as the end-to-end tests drive it: shown in a test's {@code @Start} (light
 * theme, 1280 px wide, settings and data under the test's folder) and closed in its {@code @AfterEach}.
 */
final class TestWorkbench {

    private final AppExecutor executor;
    private final Workbench workbench;

    private TestWorkbench(AppExecutor executor, Workbench workbench) {
        this.executor = executor;
        this.workbench = workbench;
    }

    /** Shows the window on {@code stage}, {@code height} px high, with the dialogs {@code dialogs} makes. */
    static TestWorkbench show(Stage stage, Path folder, double height,
                              Function<Supplier<Window>, DialogService> dialogs) {
        AppExecutor executor = new AppExecutor(4);
        Workbench workbench = Workbench.build(ShellWindow.builder(new UiSettingsStore(folder.resolve("config")),
                executor).info(new ShellInfo("test", folder, null)).dialogs(dialogs), stage);
        workbench.window().settings().setTheme(Theme.LIGHT);
        stage.setWidth(1280);
        stage.setHeight(height);
        stage.show();
        return new TestWorkbench(executor, workbench);
    }

    Workbench workbench() {
        return workbench;
    }

    /** Hides any window a failed test left open (a wizard, a dialog), closes the window, then its services. */
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Window.getWindows().stream().filter(window -> window != workbench.window().stage()).toList()
                    .forEach(Window::hide);
            workbench.window().close();
        }).get(5, TimeUnit.SECONDS);
        workbench.close();
        executor.close();
    }
}
