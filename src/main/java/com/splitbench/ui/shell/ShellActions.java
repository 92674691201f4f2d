package com.splitbench.ui.shell;

import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.WorkspaceContents;
import com.splitbench.ui.task.TaskContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The window's way into the workspace, importer and report services. The shell owns the menus, file choosers,
 * threading, progress, recent workspaces and error dialogs; an implementation of this interface only does the work.
 *
 * <p>Methods that take a {@link TaskContext} run on a worker thread: they may block, should report progress and
 * check for cancel, and throw {@link com.splitbench.common.UserFacingException} for failures the user can act on.
 * Methods that take a {@link ShellDisplay} run on the UI thread and return at once (they open a wizard or a view).
 */
public interface ShellActions {

    /**
     * The commands this build can carry out, out of {@link ShellCommand#NEEDING_SERVICES}. The others stay disabled
     * in the menus.
     */
    Set<ShellCommand> available();

    /** Creates a workspace in an empty or new folder. Worker thread. */
    WorkspaceContents createWorkspace(Path directory, TaskContext task) throws Exception;

    /** Opens the workspace in the folder. Worker thread. */
    WorkspaceContents openWorkspace(Path directory, TaskContext task) throws Exception;

    /**
     * Starts the import wizard with files the user picked or dropped onto the window. UI thread. When the import
     * is done, the wizard calls {@link ShellDisplay#showWorkspace} with the workspace's new contents.
     */
    void importFiles(List<Path> files, ShellDisplay display);

    /**
     * Opens the dialog that connects a warehouse and saves it as a source of the open workspace. UI thread. Only
     * implementations that list {@link ShellCommand#CONNECT_WAREHOUSE} as available are asked.
     */
    default void connectWarehouse(ShellDisplay display) {
        throw new IllegalStateException("Connecting a warehouse is not offered by " + getClass().getSimpleName());
    }

    /**
     * Opens a report file on a worker thread and shows it through {@link ShellDisplay#showReport}; reports a file
     * that cannot be opened itself. UI thread, returns at once.
     */
    void openReport(Path file, ShellDisplay display);

    /**
     * Prepares saving the selected experiment's analysis, as its page shows it, as a report (or re-saving an opened
     * report): asks for the author's decision and notes and takes what is shown. UI thread.
     *
     * @return the write, or empty when the user cancelled (or there is nothing to save yet, which it reports)
     */
    Optional<FileWrite> saveReport(SidebarItem item);

    /** Prepares the self-contained HTML export of what the item's page shows. UI thread. */
    Optional<FileWrite> exportHtml(SidebarItem item);

    /** Prepares the CSV export of the results table the item's page shows. UI thread. */
    Optional<FileWrite> exportCsv(SidebarItem item);

    /**
     * Checks an opened report against the open workspace on a worker thread and shows what differs on the
     * report's page. UI thread, returns at once.
     */
    void verifyReport(SidebarItem report);

    /** Closes an opened report; without report services there is nothing to drop but its sidebar item. UI thread. */
    default void closeReport(SidebarItem report, ShellDisplay display) {
        display.closeReport(report);
    }
}
