package com.splitbench.ui.shell;

import com.splitbench.ui.common.ControllerFactory;
import com.splitbench.ui.common.DialogService;
import com.splitbench.ui.common.ErrorMessages;
import com.splitbench.ui.common.ErrorReporter;
import com.splitbench.ui.common.FxDialogService;
import com.splitbench.ui.common.FxmlViewLoader;
import com.splitbench.ui.settings.UiSettings;
import com.splitbench.ui.settings.UiSettingsStore;
import com.splitbench.ui.settings.WindowBounds;
import com.splitbench.ui.task.AppExecutor;
import com.splitbench.ui.task.TaskExecutor;
import com.splitbench.ui.task.ThreadPoolTaskExecutor;
import com.splitbench.ui.task.UiThread;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window, wired: the one place that builds the window's services, view model and controllers from what the
 * app passes in. {@code ui.app.DesktopApp} opens it with the real services; UI tests open it with fakes.
 */
public final class ShellWindow {

    private final Stage stage;
    private final MainWindowViewModel model;
    private final TaskExecutor tasks;
    private final ErrorReporter errors;
    private final DialogService dialogs;
    private final UiSettings settings;
    private final UiSettingsStore store;
    private boolean closed;

    private ShellWindow(Builder builder, Stage stage) {
        this.stage = stage;
        this.store = builder.settingsStore;
        this.settings = store.load();
        // Before any control is made: the first one to load runs Control's static initialiser, which loads and
        // indexes JavaFX's own Modena stylesheet unless an application stylesheet is already set (about 3 % of the
        // JavaFX thread's work before the first results, JFR), only for the theme to replace it.
        Application.setUserAgentStylesheet(settings.getTheme().userAgentStylesheet());
        this.dialogs = builder.dialogs.apply(() -> stage);
        this.errors = new ErrorReporter(dialogs, new ErrorMessages(builder.info.logFile()));
        this.tasks = new ThreadPoolTaskExecutor(builder.executor, UiThread.javafx(), errors::report);
        Services services = new Services(tasks, dialogs, errors, settings, stage);
        this.model = new MainWindowViewModel(builder.actions.apply(services), tasks, dialogs, errors, settings,
                builder.info, this::close);
        SidebarItemViews views = builder.views.apply(services, model);
        ControllerFactory controllers = ControllerFactory.builder()
                .register(MainWindowController.class, () -> new MainWindowController(model, views))
                .build();
        FxmlViewLoader.View<MainWindowController> view = new FxmlViewLoader(controllers)
                .load(MainWindowController.class);
        Scene scene = new Scene(view.root());
        scene.getStylesheets().add(Objects.requireNonNull(ShellWindow.class.getResource("shell.css")).toExternalForm());
        markTheme(scene);
        settings.themeProperty().addListener((observable, before, now) -> {
            Application.setUserAgentStylesheet(now.userAgentStylesheet());
            markTheme(scene);
        });
        store.saveOnChange(settings, builder.executor);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setMinWidth(WindowPlacement.MIN_WIDTH);
        stage.setMinHeight(WindowPlacement.MIN_HEIGHT);
        place();
        stage.setOnCloseRequest(event -> {
            event.consume();
            model.requestQuit();
        });
    }

    /**
     * What the window gives the services it is built with: its task executor, dialogs, error reporting, settings
     * and stage (the owner of their own windows, such as the import wizard).
     */
    public record Services(TaskExecutor tasks, DialogService dialogs, ErrorReporter errors, UiSettings settings,
                           Stage stage) {
    }

    public static Builder builder(UiSettingsStore settingsStore, AppExecutor executor) {
        return new Builder(settingsStore, executor);
    }

    public Stage stage() {
        return stage;
    }

    public MainWindowViewModel viewModel() {
        return model;
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    public ErrorReporter errors() {
        return errors;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public UiSettings settings() {
        return settings;
    }

    /** Remembers the window's place and settings, then closes it. Runs once. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        rememberBounds();
        store.save(settings);
        stage.close();
    }

    /** Gives the root the theme's class, which the app's own stylesheets key their colours on. */
    private void markTheme(Scene scene) {
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add("theme-" + settings.getTheme().name().toLowerCase(Locale.ROOT));
    }

    private void place() {
        List<Rectangle2D> screens = Screen.getScreens().stream()
                .sorted((a, b) -> a.equals(Screen.getPrimary()) ? -1 : b.equals(Screen.getPrimary()) ? 1 : 0)
                .map(Screen::getVisualBounds)
                .collect(Collectors.toList());
        WindowBounds bounds = WindowPlacement.place(settings.getWindowBounds(), screens);
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    private void rememberBounds() {
        if (stage.getWidth() > 0 && stage.getHeight() > 0 && !stage.isIconified()) {
            // While maximised the stage reports the screen's size; keep the last normal size from the settings.
            WindowBounds previous = settings.getWindowBounds();
            settings.setWindowBounds(stage.isMaximized() && previous != null
                    ? new WindowBounds(previous.x(), previous.y(), previous.width(), previous.height(), true)
                    : new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized()));
        }
    }

    /** What the window is built from. Everything but the settings store and the executor has a default. */
    public static final class Builder {

        private final UiSettingsStore settingsStore;
        private final AppExecutor executor;
        private Function<Services, ShellActions> actions = services -> new NoServicesShellActions();
        private BiFunction<Services, ShellDisplay, SidebarItemViews> views = (services, display) ->
                SidebarItemViews.none();
        private Function<Supplier<Window>, DialogService> dialogs = FxDialogService::new;
        private ShellInfo info = new ShellInfo("dev", null, null);

        private Builder(UiSettingsStore settingsStore, AppExecutor executor) {
            this.settingsStore = Objects.requireNonNull(settingsStore);
            this.executor = Objects.requireNonNull(executor);
        }

        /** The services behind the menus; given the window's task executor in case they start tasks themselves. */
        public Builder actions(Function<TaskExecutor, ShellActions> value) {
            Objects.requireNonNull(value);
            this.actions = services -> value.apply(services.tasks());
            return this;
        }

        /** The services behind the menus, given everything the window offers them. */
        public Builder actionsWith(Function<Services, ShellActions> value) {
            this.actions = Objects.requireNonNull(value);
            return this;
        }

        public Builder views(SidebarItemViews value) {
            Objects.requireNonNull(value);
            this.views = (services, display) -> value;
            return this;
        }

        /** The centre views, given the window's services and the display they may update (e.g. after a save). */
        public Builder viewsWith(BiFunction<Services, ShellDisplay, SidebarItemViews> value) {
            this.views = Objects.requireNonNull(value);
            return this;
        }

        /** The dialogs, given the window that owns them; tests script the file choosers here. */
        public Builder dialogs(Function<Supplier<Window>, DialogService> value) {
            this.dialogs = Objects.requireNonNull(value);
            return this;
        }

        public Builder info(ShellInfo value) {
            this.info = Objects.requireNonNull(value);
            return this;
        }

        /** Builds the window on the stage without showing it. Call on the JavaFX thread. */
        public ShellWindow build(Stage stage) {
            return new ShellWindow(this, stage);
        }
    }
}
