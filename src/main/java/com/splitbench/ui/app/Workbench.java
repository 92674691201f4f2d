package com.splitbench.ui.app;

import com.splitbench.app.AppVersion;
import com.splitbench.report.ReportService;
import com.splitbench.ui.common.AfterLayout;
import com.splitbench.ui.experiment.ExperimentViews;
import com.splitbench.ui.report.ConclusionDialog;
import com.splitbench.ui.report.ReportPages;
import com.splitbench.ui.report.ReportShellActions;
import com.splitbench.ui.report.ShownExperiments;
import com.splitbench.ui.shell.ShellDisplay;
import com.splitbench.ui.shell.ShellInfo;
import com.splitbench.ui.shell.ShellWindow;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.SidebarSection;
import com.splitbench.ui.sidebar.SidebarViewModel;
import com.splitbench.ui.settings.UiSettingsStore;
import com.splitbench.ui.task.AppExecutor;
import com.splitbench.ui.workspace.WorkspaceExperimentData;
import com.splitbench.ui.workspace.WorkspaceItemViews;
import com.splitbench.ui.workspace.WorkspaceSession;
import com.splitbench.ui.workspace.WorkspaceShellActions;
import com.splitbench.ui.workspace.WorkspaceSidebar;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The one place that builds the window's services and hands them to the window: the workspace session, the sidebar
 * service, the menu actions (workspace and reports), and the centre's views. UI tests build it the same way, with
 * their own folders.
 */
public final class Workbench implements AutoCloseable {

    private final WorkspaceSession session;
    private final ShellWindow window;
    private final ShownExperiments shownExperiments = new ShownExperiments();
    private final BooleanProperty workspaceOpen = new SimpleBooleanProperty(this, "workspaceOpen");
    private WorkspaceSidebar sidebar;
    private WorkspaceItemViews views;
    private WarehouseSourceViews sources;
    private ReportPages reports;

    private Workbench(ShellWindow.Builder builder, WorkspaceSession session, Stage stage) {
        this.session = session;
        this.window = builder
                .actionsWith(services -> {
                    sidebar = new WorkspaceSidebar(session, services.tasks());
                    sources = new WarehouseSourceViews(services, session, () -> sidebar, () -> views);
                    ReportService reportService = new ReportService(AppVersion.get());
                    reports = ReportWiring.pages(reportService, services, session, workspaceOpen);
                    return new ReportShellActions(new WorkspaceShellActions(session, sidebar, (files, display) ->
                            ImportWizardLauncher.open(services, session, files, display, this::dataChanged),
                            display -> sources.connect(display)),
                            reportService, session, reports, shownExperiments,
                            new ConclusionDialog(services::stage));
                })
                .viewsWith((services, display) -> {
                    views = new WorkspaceItemViews(session, WorkspaceItemViews.factory(
                            location -> new ExperimentViews(new ExperimentViews.Services(
                                    new WorkspaceExperimentData(session, location), services.tasks(),
                                    services.dialogs(), services.errors(), services.settings().themeProperty(),
                                    key -> definitionSaved(key, display))),
                            (location, page) -> shownExperiments.register(location, page.model()),
                            OtherItemViews.factory(services, session, name -> sidebar.refresh(display),
                                    location -> sources.at(location, display))));
                    return reports.views(views);
                })
                .build(stage);
        SidebarViewModel sidebarModel = window.viewModel().sidebar();
        workspaceOpen.bind(sidebarModel.workspaceProperty().isNotNull());
        sidebarModel.workspaceProperty().addListener((observable, before, now) -> {
            if (now != null && (before == null || !before.location().equals(now.location()))) {
                // The sidebar sets its sections after the workspace: look at them once it is done.
                Platform.runLater(this::workspaceOpened);
            }
        });
    }

    /** Builds the window on the stage, with the real services. UI thread. */
    public static Workbench build(UiSettingsStore settings, AppExecutor executor, ShellInfo info,
                                  WorkspaceSession session, Stage stage) {
        return new Workbench(ShellWindow.builder(settings, executor).info(Objects.requireNonNull(info)), session,
                stage);
    }

    /** For tests: the same wiring on a builder they prepared (their dialogs, for example). */
    public static Workbench build(ShellWindow.Builder builder, Stage stage) {
        return new Workbench(builder, new WorkspaceSession(), stage);
    }

    public ShellWindow window() {
        return window;
    }

    public WorkspaceSession session() {
        return session;
    }

    private void workspaceOpened() {
        SidebarViewModel sidebarModel = window.viewModel().sidebar();
        if (sidebarModel.getSelectedItem() == null) {
            List<SidebarItem> experiments = sidebarModel.items(SidebarSection.EXPERIMENTS);
            Optional.ofNullable(experiments.isEmpty() ? null : experiments.get(0)).ifPresent(sidebarModel::select);
        }
        // The health checks analyse every experiment; they wait until the selected one is on screen.
        startWhenSettled(() -> sidebar.checkHealth(window.viewModel()));
    }

    /** Runs the action on the UI thread once the window has settled: see {@link #startWhenSettled}. UI thread. */
    void whenSettled(Runnable action) {
        startWhenSettled(action);
    }

    /**
     * Runs the action once no background task is running and what the last one brought has been laid out. Idle
     * alone is not enough: a task's success callback often starts the next task (the experiment's statistics, then
     * its results), and the tracker is empty for a moment in between. Measured on the installed app: the health
     * checks started between those two tasks and, on two cores, held the first results back by their analysis and
     * a sidebar rebuild. UI thread.
     */
    private void startWhenSettled(Runnable action) {
        BooleanBinding busy = window.tasks().tracker().busyProperty();
        if (busy.get()) {
            busy.addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> observable, Boolean before,
                                    Boolean now) {
                    if (!now) {
                        busy.removeListener(this);
                        // After the callbacks of the task that just ended, which may start another.
                        Platform.runLater(() -> startWhenSettled(action));
                    }
                }
            });
            return;
        }
        Scene scene = window.stage().getScene();
        if (scene == null) {
            action.run();
            return;
        }
        AfterLayout.run(scene, () -> {
            if (busy.get()) {
                startWhenSettled(action);
            } else {
                action.run();
            }
        });
    }

    /** After an import: every view shows old data, and the badges are stale. */
    private void dataChanged(ShellDisplay display) {
        views.forgetAll();
        sidebar.refresh(display);
    }

    private void definitionSaved(String key, ShellDisplay display) {
        sidebar.forget(key);
        sidebar.refresh(display);
    }

    /** Closes the workspace. Call after the window closed. */
    @Override
    public void close() {
        session.close();
    }
}
