package com.splitbench.ui.workspace;

import com.splitbench.ui.shell.FileWrite;
import com.splitbench.ui.shell.ShellActions;
import com.splitbench.ui.shell.ShellCommand;
import com.splitbench.ui.shell.ShellDisplay;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.WorkspaceContents;
import com.splitbench.ui.task.TaskContext;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The menus' workspace commands, on the real workspace: create, open, import (through the import wizard) and
 * connect a warehouse (through the connection dialog). Report commands are not offered here:
 * {@code ui.report.ReportShellActions} adds them on top.
 */
public final class WorkspaceShellActions implements ShellActions {

    private final WorkspaceSession session;
    private final WorkspaceSidebar sidebar;
    private final BiConsumer<List<Path>, ShellDisplay> importWizard;
    private final Consumer<ShellDisplay> connectionDialog;

    /** @param importWizard opens the import wizard on the files, for the display to refresh when it is done */
    public WorkspaceShellActions(WorkspaceSession session, WorkspaceSidebar sidebar,
                                 BiConsumer<List<Path>, ShellDisplay> importWizard) {
        this(session, sidebar, importWizard, null);
    }

    /** @param connectionDialog opens the warehouse connection dialog, for the display to list the saved source */
    public WorkspaceShellActions(WorkspaceSession session, WorkspaceSidebar sidebar,
                                 BiConsumer<List<Path>, ShellDisplay> importWizard,
                                 Consumer<ShellDisplay> connectionDialog) {
        this.session = Objects.requireNonNull(session);
        this.sidebar = Objects.requireNonNull(sidebar);
        this.importWizard = Objects.requireNonNull(importWizard);
        this.connectionDialog = connectionDialog;
    }

    @Override
    public Set<ShellCommand> available() {
        Set<ShellCommand> offered = EnumSet.of(ShellCommand.NEW_WORKSPACE, ShellCommand.OPEN_WORKSPACE,
                ShellCommand.IMPORT);
        if (connectionDialog != null) {
            offered.add(ShellCommand.CONNECT_WAREHOUSE);
        }
        return offered;
    }

    @Override
    public WorkspaceContents createWorkspace(Path directory, TaskContext task) throws Exception {
        task.updateMessage("Creating a workspace in " + directory);
        sidebar.forgetAll();
        session.create(directory);
        return sidebar.contents();
    }

    @Override
    public WorkspaceContents openWorkspace(Path directory, TaskContext task) throws Exception {
        task.updateMessage("Opening workspace " + directory.getFileName());
        sidebar.forgetAll();
        session.open(directory);
        return sidebar.contents();
    }

    @Override
    public void importFiles(List<Path> files, ShellDisplay display) {
        importWizard.accept(files, display);
    }

    @Override
    public void connectWarehouse(ShellDisplay display) {
        if (connectionDialog == null) {
            throw unavailable(ShellCommand.CONNECT_WAREHOUSE);
        }
        connectionDialog.accept(display);
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
        return new IllegalStateException(command + " is not offered by the workspace actions");
    }
}
