package com.splitbench.ui.app;

import com.splitbench.app.AppVersion;
import com.splitbench.common.UserFacingException;
import com.splitbench.report.ReportService;
import com.splitbench.ui.shell.ShellDisplay;
import com.splitbench.ui.shell.ShellWindow;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.source.SourcePasswords;
import com.splitbench.ui.source.SourceViews;
import com.splitbench.ui.workspace.WorkspaceItemViews;
import com.splitbench.ui.workspace.WorkspaceSession;
import com.splitbench.ui.workspace.WorkspaceSidebar;
import com.splitbench.ui.workspace.WorkspaceSourceStore;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Wires the warehouse sources into the window: the connection dialog on the open workspace, each saved source's
 * page, and the passwords typed this session (one store for the window, in memory only). After a save the sidebar
 * lists the source and shows its page afresh; after a delete it lists the sources left.
 */
final class WarehouseSourceViews {

    private final ShellWindow.Services services;
    private final WorkspaceSession session;
    private final Supplier<WorkspaceSidebar> sidebar;
    private final Supplier<WorkspaceItemViews> views;
    private final SourcePasswords passwords = new SourcePasswords();
    private final ReportService reports = new ReportService(AppVersion.get());

    WarehouseSourceViews(ShellWindow.Services services, WorkspaceSession session, Supplier<WorkspaceSidebar> sidebar,
                         Supplier<WorkspaceItemViews> views) {
        this.services = services;
        this.session = session;
        this.sidebar = sidebar;
        this.views = views;
    }

    /** Opens the connection dialog for the open workspace. UI thread. */
    void connect(ShellDisplay display) {
        Path location = session.location().orElseThrow(() -> new UserFacingException("A warehouse source is saved "
                + "in a workspace, and none is open. Open one with File ▸ Open workspace first."));
        at(location, display).connect(Optional.empty());
    }

    /** The views of the sources saved in the workspace at {@code location}. */
    SourceViews at(Path location, ShellDisplay display) {
        return new SourceViews(new SourceViews.Services(new WorkspaceSourceStore(session, location),
                services.tasks(), passwords, services.dialogs(), reports, services::stage, saved -> {
                    SidebarItem item = SidebarItem.source(saved.name(), "");
                    views.get().forget(item);
                    sidebar.get().refresh(display, item, "Saved the data source " + saved.name()
                            + " (without its password)");
                }, deleted -> {
                    views.get().forget(SidebarItem.source(deleted, ""));
                    sidebar.get().refresh(display, null, "Deleted the data source " + deleted);
                }));
    }
}
