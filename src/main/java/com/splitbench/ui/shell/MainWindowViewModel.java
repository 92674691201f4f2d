package com.splitbench.ui.shell;

import com.splitbench.ui.common.DialogService;
import com.splitbench.ui.common.ErrorReporter;
import com.splitbench.ui.settings.Theme;
import com.splitbench.ui.settings.UiSettings;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.SidebarSection;
import com.splitbench.ui.sidebar.SidebarViewModel;
import com.splitbench.ui.sidebar.WorkspaceContents;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;

/**
 * The main window's state and behaviour, without a single node: the title, what the centre shows, which commands
 * are enabled and what they do, the recent workspaces and reports, and the theme. Files dropped onto the window or
 * named on the command line go to {@link IncomingFiles}. Tested without a stage.
 */
public final class MainWindowViewModel implements ShellDisplay {

    private final Set<ShellCommand> available;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final UiSettings settings;
    private final ShellInfo info;
    private final Runnable exit;
    private final SidebarViewModel sidebar = new SidebarViewModel();
    private final StatusBarViewModel status;
    private final ServiceCommands services;
    private final CommandStates states;
    private final IncomingFiles incoming;
    private final BooleanProperty copyTargetFocused = new SimpleBooleanProperty(this, "copyTargetFocused");
    private final BooleanProperty dropHovering = new SimpleBooleanProperty(this, "dropHovering");
    private final StringBinding title;
    private final ObjectBinding<CentreContent> centre;

    /** @param exit closes the window and ends the app; called once the user confirmed quitting */
    public MainWindowViewModel(ShellActions actions, TaskExecutor tasks, DialogService dialogs, ErrorReporter errors,
                               UiSettings settings, ShellInfo info, Runnable exit) {
        this.available = Set.copyOf(actions.available());
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        Objects.requireNonNull(errors);
        this.settings = Objects.requireNonNull(settings);
        this.info = Objects.requireNonNull(info);
        this.exit = Objects.requireNonNull(exit);
        this.status = new StatusBarViewModel(tasks.tracker());
        this.services = new ServiceCommands(actions, tasks, dialogs, errors, settings, sidebar, status, this);
        this.states = new CommandStates(available, sidebar.workspaceProperty(),
                sidebar.selectedItemProperty(), services.workspaceBusyProperty(), copyTargetFocused,
                settings.recentWorkspaces(), settings.recentReports());
        this.incoming = new IncomingFiles(available, this::isEnabled, services, errors, sidebar);
        this.title = Bindings.createStringBinding(() -> sidebar.getWorkspace() == null ? "Splitbench"
                : sidebar.getWorkspace().name() + " — Splitbench", sidebar.workspaceProperty());
        ObservableList<SidebarItem> reports = sidebar.items(SidebarSection.REPORTS);
        this.centre = Bindings.createObjectBinding(() -> sidebar.getSelectedItem() != null ? CentreContent.ITEM
                : sidebar.getWorkspace() != null || !reports.isEmpty() ? CentreContent.PICK_ITEM
                : CentreContent.WELCOME, sidebar.selectedItemProperty(), sidebar.workspaceProperty(), reports);
    }

    public SidebarViewModel sidebar() {
        return sidebar;
    }

    public StatusBarViewModel status() {
        return status;
    }

    public StringBinding titleProperty() {
        return title;
    }

    public ObjectBinding<CentreContent> centreProperty() {
        return centre;
    }

    public BooleanExpression enabledProperty(ShellCommand command) {
        return states.enabled(command);
    }

    public boolean isEnabled(ShellCommand command) {
        return states.enabled(command).get();
    }

    public BooleanBinding recentWorkspacesEnabledProperty() {
        return states.recentWorkspacesEnabled();
    }

    public ObservableList<Path> recentWorkspaces() {
        return settings.recentWorkspaces();
    }

    /** The controller sets this from the focus owner: true when a table or text that can be copied has focus. */
    public BooleanProperty copyTargetFocusedProperty() {
        return copyTargetFocused;
    }

    /** True while files are dragged over the window, for the "drop to import" overlay. */
    public BooleanProperty dropHoveringProperty() {
        return dropHovering;
    }

    public ObjectProperty<Theme> themeProperty() {
        return settings.themeProperty();
    }

    public BooleanProperty sidebarVisibleProperty() {
        return settings.sidebarVisibleProperty();
    }

    /** The sidebar's width in pixels, remembered between runs. */
    public DoubleProperty sidebarWidthProperty() {
        return settings.sidebarWidthProperty();
    }

    /**
     * Runs a menu command. Disabled commands do nothing (a shortcut can arrive while its item is disabled). Copy is
     * done by the controller, which knows the focused node.
     */
    public void execute(ShellCommand command) {
        if (!isEnabled(command)) {
            return;
        }
        SidebarItem selected = sidebar.getSelectedItem();
        switch (command) {
            case NEW_WORKSPACE -> services.newWorkspace();
            case OPEN_WORKSPACE -> services.openWorkspace();
            case IMPORT -> services.importFiles();
            case CONNECT_WAREHOUSE -> services.connectWarehouse();
            case OPEN_REPORT -> services.openReport();
            case SAVE_REPORT -> services.saveReport(selected);
            case VERIFY_REPORT -> services.verifyReport(selected);
            case EXPORT_HTML -> services.exportHtml(selected);
            case EXPORT_CSV -> services.exportCsv(selected);
            case QUIT -> requestQuit();
            case TOGGLE_SIDEBAR -> settings.sidebarVisibleProperty().set(!settings.sidebarVisibleProperty().get());
            case LIGHT_THEME -> settings.setTheme(Theme.LIGHT);
            case DARK_THEME -> settings.setTheme(Theme.DARK);
            case KEYBOARD_SHORTCUTS -> dialogs.showTable("Keyboard shortcuts", List.of("Action", "Keys"),
                    KeyboardShortcuts.rows(ShortcutText.forThisPlatform()));
            case ABOUT -> dialogs.showInformation("About Splitbench", "Splitbench " + info.version(),
                    info.aboutText());
            case COPY -> { }
            default -> throw new IllegalStateException("Unhandled command " + command);
        }
    }

    public void openRecentWorkspace(Path directory) {
        if (states.recentWorkspacesEnabled().get()) {
            services.openWorkspace(directory);
        }
    }

    public void clearRecentWorkspaces() {
        settings.clearRecentWorkspaces();
    }

    public BooleanBinding recentReportsEnabledProperty() {
        return states.recentReportsEnabled();
    }

    /** Report files opened or saved, most recent first. */
    public ObservableList<Path> recentReports() {
        return settings.recentReports();
    }

    public void openRecentReport(Path file) {
        if (states.recentReportsEnabled().get()) {
            services.openRecentReport(file);
        }
    }

    public void clearRecentReports() {
        settings.clearRecentReports();
    }

    /** Whether the window takes these files dropped onto it (see {@link IncomingFiles#acceptsDrop}). */
    public boolean acceptsDrop(List<Path> files) {
        return incoming.acceptsDrop(files);
    }

    /** Files dropped onto the window: report files are opened, everything else goes to the import wizard. */
    public void onFilesDropped(List<Path> files) {
        dropHovering.set(false);
        incoming.dropped(files);
    }

    /** Opens what the app was started with: a workspace folder, a report, or a file to import. */
    public void openFromCommandLine(Path path) {
        incoming.fromCommandLine(path);
    }

    /**
     * Quits, after asking when work is still running (it would be cancelled).
     *
     * @return whether the app is quitting
     */
    public boolean requestQuit() {
        if (tasks.tracker().isBusy()) {
            String running = tasks.tracker().running().get(tasks.tracker().running().size() - 1).title();
            if (!dialogs.confirm("Quit while work is running?", running + " has not finished. Quitting cancels "
                    + "it; nothing half-done is kept.", "Quit")) {
                return false;
            }
            List.copyOf(tasks.tracker().running()).forEach(BackgroundTask::cancel);
        }
        exit.run();
        return true;
    }

    @Override
    public void showWorkspace(WorkspaceContents contents) {
        sidebar.show(contents);
    }

    /** Lists and shows the report, and remembers its file (the item's key) among the recent reports. */
    @Override
    public void showReport(SidebarItem report) {
        sidebar.showReport(report);
        settings.rememberReport(Path.of(report.key()));
    }

    @Override
    public void closeReport(SidebarItem report) {
        sidebar.closeReport(report);
    }

    /** Closes an opened report and its page (sidebar context menu); it stays among the recent reports. */
    public void closeOpenedReport(SidebarItem report) {
        services.closeReport(report);
    }

    @Override
    public void select(SidebarItem item) {
        sidebar.select(item);
    }

    @Override
    public void showStatus(String message) {
        status.showMessage(message);
    }
}
