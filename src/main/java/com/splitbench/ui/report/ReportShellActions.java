package com.splitbench.ui.report;

import com.splitbench.report.ReportService;
import com.splitbench.ui.shell.FileWrite;
import com.splitbench.ui.shell.ShellActions;
import com.splitbench.ui.shell.ShellCommand;
import com.splitbench.ui.shell.ShellDisplay;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.WorkspaceContents;
import com.splitbench.ui.task.TaskContext;
import com.splitbench.ui.workspace.WorkspaceSession;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The menus' commands with reports added: the workspace commands go to the workspace actions, and open, save,
 * verify and export go to the report service, on what the selected page shows.
 */
public final class ReportShellActions implements ShellActions {

    private static final Set<ShellCommand> REPORT_COMMANDS = EnumSet.of(ShellCommand.OPEN_REPORT,
            ShellCommand.SAVE_REPORT, ShellCommand.VERIFY_REPORT, ShellCommand.EXPORT_HTML, ShellCommand.EXPORT_CSV);

    private final ShellActions workspace;
    private final ReportPages pages;
    private final ReportWrites writes;

    /**
     * @param workspace   the workspace commands (create, open, import)
     * @param experiments the experiment pages, whose shown analysis Save and Export take
     */
    public ReportShellActions(ShellActions workspace, ReportService reports, WorkspaceSession session,
                              ReportPages pages, ShownExperiments experiments, ConclusionPrompt prompt) {
        this.workspace = Objects.requireNonNull(workspace);
        this.pages = Objects.requireNonNull(pages);
        this.writes = new ReportWrites(reports, session, experiments, pages, prompt);
    }

    @Override
    public Set<ShellCommand> available() {
        Set<ShellCommand> available = EnumSet.copyOf(REPORT_COMMANDS);
        available.addAll(workspace.available());
        return available;
    }

    @Override
    public WorkspaceContents createWorkspace(Path directory, TaskContext task) throws Exception {
        return workspace.createWorkspace(directory, task);
    }

    @Override
    public WorkspaceContents openWorkspace(Path directory, TaskContext task) throws Exception {
        return workspace.openWorkspace(directory, task);
    }

    @Override
    public void importFiles(List<Path> files, ShellDisplay display) {
        workspace.importFiles(files, display);
    }

    @Override
    public void connectWarehouse(ShellDisplay display) {
        workspace.connectWarehouse(display);
    }

    @Override
    public void openReport(Path file, ShellDisplay display) {
        pages.open(file, display);
    }

    @Override
    public Optional<FileWrite> saveReport(SidebarItem item) {
        return writes.save(item);
    }

    @Override
    public Optional<FileWrite> exportHtml(SidebarItem item) {
        return writes.exportHtml(item);
    }

    @Override
    public Optional<FileWrite> exportCsv(SidebarItem item) {
        return writes.exportCsv(item);
    }

    @Override
    public void closeReport(SidebarItem report, ShellDisplay display) {
        pages.close(report, display);
    }

    @Override
    public void verifyReport(SidebarItem report) {
        pages.model(report).verification().verify();
    }
}
