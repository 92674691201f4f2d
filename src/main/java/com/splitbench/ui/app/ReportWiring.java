package com.splitbench.ui.app;

import com.splitbench.report.ReportService;
import com.splitbench.ui.report.ReportPageFactory;
import com.splitbench.ui.report.ReportPages;
import com.splitbench.ui.report.WorkspaceCheck;
import com.splitbench.ui.shell.ShellWindow;
import com.splitbench.ui.task.TaskMonitor;
import com.splitbench.ui.workspace.WorkspaceSession;
import java.time.ZoneId;
import javafx.beans.value.ObservableBooleanValue;

/** Builds the window's report pages on the report service, with verify running on the open workspace. */
final class ReportWiring {

    private ReportWiring() {
    }

    /** @param workspaceOpen whether a workspace is open, for the pages' Verify button */
    static ReportPages pages(ReportService reports, ShellWindow.Services services, WorkspaceSession session,
                             ObservableBooleanValue workspaceOpen) {
        // Verify holds the workspace's lock while it recomputes, like every other analysis in the window.
        WorkspaceCheck check = (report, task) -> session.use(open ->
                reports.verify(report, open.workspace(), new TaskMonitor(task)));
        ReportPageFactory factory = new ReportPageFactory(new ReportPageFactory.Services(services.tasks(),
                services.dialogs(), services.errors(), services.settings().themeProperty(), check, workspaceOpen,
                ZoneId.systemDefault()));
        return new ReportPages(reports, services.tasks(), services.errors(), factory::create);
    }
}
