package com.splitbench.ui.app;

import com.splitbench.app.AppVersion;
import com.splitbench.ui.settings.ConfigDirectory;
import com.splitbench.ui.settings.UiSettingsStore;
import com.splitbench.ui.shell.ShellInfo;
import com.splitbench.ui.shell.ShellWindow;
import com.splitbench.ui.task.AppExecutor;
import com.splitbench.ui.workspace.FirstResultsPrefetch;
import com.splitbench.ui.workspace.SampleWorkspace;
import com.splitbench.ui.workspace.WorkspaceSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The JavaFX application. Started by {@link #launchWindow(String[])} from the non-Application launcher. It owns the
 * app's worker threads, wires the window with the real services ({@link Workbench}) and opens, once the window
 * shows, the path it was given (a workspace folder, as a desktop double-click passes it), or else the workspace
 * used last, or else the sample workspace.
 */
public final class DesktopApp extends Application {

    /** Workers: enough that a task waiting for the workspace never holds up a quick one. */
    private static final int MIN_WORKERS = 4;

    private DesktopLogging logging;
    private AppExecutor executor;
    private Workbench workbench;

    public static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Path configDirectory = ConfigDirectory.forCurrentUser();
        logging = DesktopLogging.install(configDirectory);
        executor = new AppExecutor(Math.max(MIN_WORKERS, Runtime.getRuntime().availableProcessors()));
        UiSettingsStore settings = new UiSettingsStore(configDirectory);
        SampleWorkspace sample = SampleWorkspace.forCurrentUser();
        WorkspaceSession session = new WorkspaceSession();
        List<String> args = getParameters().getRaw();
        if (args.isEmpty()) {
            // Opening the database and analysing the experiment shown first take a second or two: do both while
            // the window is being built.
            FirstStart.workspaceToOpen(settings.load().recentWorkspaces(), sample).ifPresent(directory ->
                    executor.execute(() -> FirstResultsPrefetch.run(session, directory)));
        }
        workbench = Workbench.build(settings, executor, new ShellInfo(AppVersion.get(), configDirectory,
                logging.file()), session, stage);
        ShellWindow window = workbench.window();
        // A failure that escapes an event handler still reaches the user once, as a dialog, not a stack trace.
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) ->
                window.errors().report("Something went wrong", failure));
        stage.show();
        Runnable open;
        if (args.size() == 1) {
            Path path = Path.of(args.get(0));
            open = () -> window.viewModel().openFromCommandLine(path);
        } else {
            open = () -> FirstStart.open(window, sample);
        }
        Platform.runLater(() -> {
            open.run();
            workbench.whenSettled(() -> setIcons(stage));
        });
    }

    /**
     * The window's icons, set once what the window opened on is on screen: decoding six PNGs and shrinking the
     * largest for the window manager took about 3 % of the JavaFX thread's work before the first results (JFR,
     * installed app), and the dock shows the desktop entry's icon meanwhile.
     */
    private static void setIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new Image(Objects.requireNonNull(DesktopApp.class.getResource(
                    "/com/splitbench/icons/splitbench-" + size + ".png")).toExternalForm()));
        }
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.window().close();
            workbench.close();
        }
        if (executor != null) {
            executor.close();
        }
        if (logging != null) {
            logging.close();
        }
    }
}
