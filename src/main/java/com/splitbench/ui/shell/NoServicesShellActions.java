package com.splitbench.ui.shell;

import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.WorkspaceContents;
import com.splitbench.ui.task.TaskContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The actions of a window started without workspace services: it offers none, so every data command stays
 * disabled. The wiring replaces it once the workspace, importer and report services exist; the methods are never
 * reached because the shell does not run commands that are not {@linkplain #available() available}.
 */
final class NoServicesShellActions implements ShellActions {

    @Override
    public Set<ShellCommand> available() {
        return Set.of();
    }

    @Override
    public WorkspaceContents createWorkspace(Path directory, TaskContext task) {
        throw unavailable(ShellCommand.NEW_WORKSPACE);
    }

    @Override
    public WorkspaceContents openWorkspace(Path directory, TaskContext task) {
        throw unavailable(ShellCommand.OPEN_WORKSPACE);
    }

    @Override
    public void importFiles(List<Path> files, ShellDisplay display) {
        throw unavailable(ShellCommand.IMPORT);
    }

    @Override
    public void openReport(Path file, ShellDisplay display) {
        throw unavailable(ShellCommand.OPEN_REPORT);
    }

    @Override
    public Optional<FileWrite> saveReport(SidebarItem item) {
        throw unavailable(ShellCommand.SAVE_REPORT);
    }

    @Override
    public Optional<FileWrite> exportHtml(SidebarItem item) {
        throw unavailable(ShellCommand.EXPORT_HTML);
    }

    @Override
    public Optional<FileWrite> exportCsv(SidebarItem item) {
        throw unavailable(ShellCommand.EXPORT_CSV);
    }

    @Override
    public void verifyReport(SidebarItem report) {
        throw unavailable(ShellCommand.VERIFY_REPORT);
    }

    private static IllegalStateException unavailable(ShellCommand command) {
        return new IllegalStateException(command + " ran although it is not available; the shell must not call it");
    }
}
