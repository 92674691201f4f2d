package com.splitbench.ui.shell;

import com.splitbench.app.AppVersion;
import com.splitbench.ui.settings.ConfigDirectory;
import com.splitbench.ui.settings.UiSettingsStore;
import com.splitbench.ui.task.AppExecutor;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application. Started by {@link #launchWindow(String[])} from the non-Application launcher. It owns the
 * app's worker threads and opens the main window on the user's settings; a single path argument (a workspace
 * folder or a report, as a desktop double-click passes it) is opened once the window shows.
 */
public final class DesktopApp extends Application {

    private DesktopLogging logging;
    private AppExecutor executor;
    private ShellWindow window;

    public static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Path configDirectory = ConfigDirectory.forCurrentUser();
        logging = DesktopLogging.install(configDirectory);
        executor = new AppExecutor();
        window = ShellWindow.builder(new UiSettingsStore(configDirectory), executor)
                .info(new ShellInfo(AppVersion.get(), configDirectory, logging.file()))
                .build(stage);
        // A failure that escapes an event handler still reaches the user once, as a dialog, not a stack trace.
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) ->
                window.errors().report("Something went wrong", failure));
        stage.show();
        List<String> args = getParameters().getRaw();
        if (args.size() == 1) {
            Path path = Path.of(args.get(0));
            Platform.runLater(() -> window.viewModel().openFromCommandLine(path));
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (executor != null) {
            executor.close();
        }
        if (logging != null) {
            logging.close();
        }
    }
}
