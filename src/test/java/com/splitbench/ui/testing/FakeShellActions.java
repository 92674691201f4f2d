package com.splitbench.ui.testing;

import com.splitbench.ui.shell.FileWrite;
import com.splitbench.ui.shell.ShellActions;
import com.splitbench.ui.shell.ShellCommand;
import com.splitbench.ui.shell.ShellDisplay;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.WorkspaceContents;
import com.splitbench.ui.task.TaskContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@link ShellActions} for tests: records every call, and opens or creates workspaces with contents the test
 * chooses (by default {@link SampleSidebar#contents}), or fails with the exception the test sets.
 */
public final class FakeShellActions implements ShellActions {

    /** A recorded file-writing call. */
    public record Written(String action, SidebarItem experiment, Path target) {
    }

    public final Set<ShellCommand> available = EnumSet.copyOf(ShellCommand.NEEDING_SERVICES);
    public final List<Path> openedWorkspaces = new CopyOnWriteArrayList<>();
    public final List<Path> createdWorkspaces = new CopyOnWriteArrayList<>();
    public final List<List<Path>> imports = new ArrayList<>();
    public final List<Path> openedReports = new ArrayList<>();
    public final List<Written> written = new CopyOnWriteArrayList<>();
    public final List<SidebarItem> verified = new ArrayList<>();
    public volatile Exception failure;
    /** When set, preparing a save or export fails with it (e.g. "still being analysed"). */
    public volatile RuntimeException prepareFailure;
    /** When true, the user cancels every save or export before the file chooser (the conclusion dialog). */
    public volatile boolean cancelWrites;
    public volatile String workerThreadName;
    /** Runs inside every worker-thread action, so a test can look at the window while work is under way. */
    public volatile Runnable duringWork = () -> { };

    @Override
    public Set<ShellCommand> available() {
        return available;
    }

    @Override
    public WorkspaceContents createWorkspace(Path directory, TaskContext task) throws Exception {
        workerThreadName = Thread.currentThread().getName();
        duringWork.run();
        failIfAsked();
        createdWorkspaces.add(directory);
        return WorkspaceContents.empty(directory);
    }

    @Override
    public WorkspaceContents openWorkspace(Path directory, TaskContext task) throws Exception {
        workerThreadName = Thread.currentThread().getName();
        task.updateMessage("Reading " + directory.getFileName());
        duringWork.run();
        failIfAsked();
        openedWorkspaces.add(directory);
        return SampleSidebar.contents(directory);
    }

    @Override
    public void importFiles(List<Path> files, ShellDisplay display) {
        imports.add(List.copyOf(files));
    }

    @Override
    public void openReport(Path file, ShellDisplay display) {
        openedReports.add(file);
        display.showReport(SidebarItem.report(file.toString(), file.getFileName().toString(), "opened report"));
    }

    @Override
    public Optional<FileWrite> saveReport(SidebarItem item) {
        return prepare("report", item);
    }

    @Override
    public Optional<FileWrite> exportHtml(SidebarItem item) {
        return prepare("html", item);
    }

    @Override
    public Optional<FileWrite> exportCsv(SidebarItem item) {
        return prepare("csv", item);
    }

    @Override
    public void verifyReport(SidebarItem report) {
        verified.add(report);
    }

    private Optional<FileWrite> prepare(String action, SidebarItem item) {
        if (prepareFailure != null) {
            throw prepareFailure;
        }
        return cancelWrites ? Optional.empty() : Optional.of(recording(action, item));
    }

    private FileWrite recording(String action, SidebarItem item) {
        return new FileWrite() {
            @Override
            public String suggestedName() {
                return item.name();
            }

            @Override
            public void write(Path target, TaskContext task) throws Exception {
                failIfAsked();
                written.add(new Written(action, item, target));
            }
        };
    }

    private void failIfAsked() throws Exception {
        if (failure != null) {
            throw failure;
        }
    }
}
