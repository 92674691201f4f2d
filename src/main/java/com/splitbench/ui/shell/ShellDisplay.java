package com.splitbench.ui.shell;

import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.WorkspaceContents;

/**
 * What {@link ShellActions} may change in the window once their work is done, e.g. after the import wizard
 * finished. Call on the UI thread.
 */
public interface ShellDisplay {

    /** Replaces the sidebar with the workspace's new contents, keeping the selection where the item still exists. */
    void showWorkspace(WorkspaceContents contents);

    /** Lists an opened report in the sidebar's Reports section and shows it. */
    void showReport(SidebarItem report);

    /**
     * Takes an opened report out of the Reports section. When it was shown, the centre shows the item shown before
     * it, else another open report, else the workspace's first experiment, else the start page. It stays among the
     * recent reports.
     */
    void closeReport(SidebarItem report);

    /** Selects the item and shows its view in the centre. */
    void select(SidebarItem item);

    /** A short line for the status bar, e.g. "Imported 48,210 rows from events.csv". */
    void showStatus(String message);
}
