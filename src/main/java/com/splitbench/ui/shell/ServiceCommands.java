package com.splitbench.ui.shell;

import com.splitbench.common.UserFacingException;
import com.splitbench.ui.common.DialogService;
import com.splitbench.ui.common.ErrorReporter;
import com.splitbench.ui.common.FileType;
import com.splitbench.ui.settings.UiSettings;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.SidebarViewModel;
import com.splitbench.ui.sidebar.WorkspaceContents;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.TaskExecutor;
import com.splitbench.ui.task.TaskWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Carries out the menu commands that need the services: asks for the folder or file, runs the work through
 * {@link ShellActions} in the background, and reports the outcome in the status bar or an error dialog.
 */
final class ServiceCommands {

    private final ShellActions actions;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final UiSettings settings;
    private final SidebarViewModel sidebar;
    private final StatusBarViewModel status;
    private final ShellDisplay display;
    private final ReadOnlyBooleanWrapper workspaceBusy = new ReadOnlyBooleanWrapper(this, "workspaceBusy");

    ServiceCommands(ShellActions actions, TaskExecutor tasks, DialogService dialogs, ErrorReporter errors,
                    UiSettings settings, SidebarViewModel sidebar, StatusBarViewModel status, ShellDisplay display) {
        this.actions = actions;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.errors = errors;
        this.settings = settings;
        this.sidebar = sidebar;
        this.status = status;
        this.display = display;
    }

    /** True while a workspace is being created or opened, or a report or export is being written. */
    ReadOnlyBooleanProperty workspaceBusyProperty() {
        return workspaceBusy.getReadOnlyProperty();
    }

    void newWorkspace() {
        dialogs.chooseDirectory("Choose a folder for the new workspace", lastWorkspaceParent())
                .ifPresent(directory -> runWorkspaceTask("Creating workspace in " + directory,
                        "The workspace could not be created", directory,
                        task -> actions.createWorkspace(directory, task)));
    }

    void openWorkspace() {
        dialogs.chooseDirectory("Open a workspace folder", lastWorkspaceParent()).ifPresent(this::openWorkspace);
    }

    /** Opens a workspace folder, e.g. from the recent list; a folder that is gone is dropped from that list. */
    void openWorkspace(Path directory) {
        runWorkspaceTask("Opening workspace " + directory.getFileName(), "The workspace could not be opened",
                directory, task -> {
                    if (!Files.isDirectory(directory)) {
                        throw new MissingWorkspaceException(directory);
                    }
                    return actions.openWorkspace(directory, task);
                });
    }

    void importFiles() {
        List<Path> files = dialogs.chooseFilesToOpen("Import experiment exports", List.of(FileType.EXPORTS));
        if (!files.isEmpty()) {
            importFiles(files);
        }
    }

    void importFiles(List<Path> files) {
        guarded("The import could not start", () -> actions.importFiles(List.copyOf(files), display));
    }

    void connectWarehouse() {
        guarded("The connection dialog could not open", () -> actions.connectWarehouse(display));
    }

    void openReport() {
        dialogs.chooseFileToOpen("Open a report", List.of(FileType.REPORT)).ifPresent(this::openReport);
    }

    void openReport(Path file) {
        guarded("The report could not be opened", () -> actions.openReport(file, display));
    }

    /** Opens a report from the recent list; a file that is gone is dropped from that list. */
    void openRecentReport(Path file) {
        if (Files.isRegularFile(file)) {
            openReport(file);
            return;
        }
        settings.forgetReport(file);
        errors.report("The report could not be opened", new UserFacingException("The report " + file
                + " no longer exists. It was removed from the recent reports; open it from its new place with "
                + "File ▸ Open report."));
    }

    void saveReport(SidebarItem item) {
        writeFile(item, actions::saveReport, "Save report", FileType.REPORT, "Saving report",
                "The report could not be saved", "Saved report to ");
    }

    void exportHtml(SidebarItem item) {
        writeFile(item, actions::exportHtml, "Export as HTML", FileType.HTML, "Exporting HTML",
                "The HTML export failed", "Exported HTML to ");
    }

    void exportCsv(SidebarItem item) {
        writeFile(item, actions::exportCsv, "Export results as CSV", FileType.CSV, "Exporting CSV",
                "The CSV export failed", "Exported results to ");
    }

    void verifyReport(SidebarItem report) {
        guarded("The report could not be verified", () -> actions.verifyReport(report));
    }

    private void runWorkspaceTask(String title, String whatFailed, Path directory,
                                  TaskWork<WorkspaceContents> work) {
        workspaceBusy.set(true);
        tasks.execute(BackgroundTask.of(title, work)
                .onSuccess(contents -> {
                    display.showWorkspace(contents);
                    settings.rememberWorkspace(directory);
                    status.showMessage("Opened workspace " + contents.name());
                })
                .onError(failure -> {
                    if (failure instanceof MissingWorkspaceException) {
                        settings.forgetWorkspace(directory);
                    }
                    errors.report(whatFailed, failure);
                })
                .onFinally(() -> workspaceBusy.set(false)));
    }

    private void writeFile(SidebarItem item, Function<SidebarItem, Optional<FileWrite>> prepare,
                           String chooserTitle, FileType type, String taskTitle, String whatFailed,
                           String donePrefix) {
        Optional<FileWrite> prepared;
        try {
            prepared = prepare.apply(item);
        } catch (RuntimeException failure) {
            errors.report(whatFailed, failure);
            return;
        }
        prepared.ifPresent(write -> dialogs.chooseFileToSave(chooserTitle,
                safeFileName(write.suggestedName()) + type.defaultExtension(), type).ifPresent(target -> {
                    workspaceBusy.set(true);
                    tasks.execute(BackgroundTask.<Void>of(taskTitle + " " + target.getFileName(), task -> {
                        write.write(target, task);
                        return null;
                    })
                            .onSuccess(ignored -> {
                                if (type == FileType.REPORT) {
                                    settings.rememberReport(target);
                                }
                                write.written(target, display);
                                status.showMessage(donePrefix + target);
                            })
                            .onError(failure -> errors.report(whatFailed, failure))
                            .onFinally(() -> workspaceBusy.set(false)));
                }));
    }

    private void guarded(String whatFailed, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException failure) {
            errors.report(whatFailed, failure);
        }
    }

    private Path lastWorkspaceParent() {
        WorkspaceContents open = sidebar.getWorkspace();
        Path last = open != null ? open.location()
                : settings.recentWorkspaces().isEmpty() ? null : settings.recentWorkspaces().get(0);
        return last == null ? null : last.getParent();
    }

    /** Keeps letters, digits, spaces, dots, dashes and underscores, so the suggestion is a valid file name. */
    static String safeFileName(String name) {
        String cleaned = name.replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
        return cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.') ? "experiment" : cleaned;
    }

    /** A recent workspace whose folder was moved or deleted. */
    static final class MissingWorkspaceException extends UserFacingException {

        private static final long serialVersionUID = 1L;

        MissingWorkspaceException(Path directory) {
            super("The workspace folder " + directory + " no longer exists. It was removed from the recent "
                    + "workspaces; open it from its new place with File ▸ Open workspace.");
        }
    }

    /** Closes an opened report, e.g. from the sidebar's context menu. */
    void closeReport(SidebarItem report) {
        actions.closeReport(report, display);
    }
}
