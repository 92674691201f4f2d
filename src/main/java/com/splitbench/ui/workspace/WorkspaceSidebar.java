package com.splitbench.ui.workspace;

import com.splitbench.spec.AnalysisSpec;
import com.splitbench.ui.shell.ShellDisplay;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.WorkspaceContents;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.TaskExecutor;
import com.splitbench.ui.task.TaskMonitor;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the sidebar in step with the open workspace: lists its contents, and checks the health of each experiment
 * in the background (one analysis per experiment, one after the other), updating its badge as each finishes. The
 * analyses warm the statistics cache, so opening an experiment afterwards is quick.
 */
public final class WorkspaceSidebar {

    private static final Logger LOG = System.getLogger(WorkspaceSidebar.class.getName());

    private final WorkspaceSession session;
    private final TaskExecutor tasks;
    private final Map<String, ExperimentHealth> health = new ConcurrentHashMap<>();
    private volatile WorkspaceContents shown;
    private long checks;

    public WorkspaceSidebar(WorkspaceSession session, TaskExecutor tasks) {
        this.session = session;
        this.tasks = tasks;
    }

    /** The workspace's contents with the health found so far. Worker thread. */
    public WorkspaceContents contents() throws Exception {
        WorkspaceContents contents = session.use(open -> {
            long version = open.workspace().dataVersion();
            health.values().removeIf(known -> known.dataVersion() != version);
            return SidebarContents.build(open, health);
        });
        shown = contents;
        return contents;
    }

    /** Forgets everything known about the previous workspace. Call when another workspace opens. */
    public void forgetAll() {
        health.clear();
        shown = null;
    }

    /** Forgets an experiment's health, e.g. after its weights changed. */
    public void forget(String experimentKey) {
        health.remove(experimentKey);
    }

    /** Lists the workspace's contents again, then checks the experiments whose health is not known. UI thread. */
    public void refresh(ShellDisplay display) {
        refresh(display, null);
    }

    /**
     * Lists the contents again and shows {@code item} (e.g. a source just saved) afresh once it is listed; null
     * keeps the selection. UI thread.
     */
    public void refresh(ShellDisplay display, SidebarItem item) {
        refresh(display, item, null);
    }

    /**
     * As {@link #refresh(ShellDisplay, SidebarItem)}, then shows {@code done} in the status bar (null for none). Shown
     * before, the message of what the user did would give way to "Done: Reading the workspace" at once.
     */
    public void refresh(ShellDisplay display, SidebarItem item, String done) {
        tasks.execute(BackgroundTask.of("Reading the workspace", task -> contents())
                .onSuccess(contents -> {
                    display.showWorkspace(contents);
                    if (item != null) {
                        display.select(null);
                        display.select(item);
                    }
                    if (done != null) {
                        display.showStatus(done);
                    }
                    checkHealth(display);
                })
                .onError(failure -> LOG.log(Level.WARNING, "The sidebar could not be refreshed", failure)));
    }

    /** Checks, one after the other, the experiments listed without a badge. UI thread. */
    public void checkHealth(ShellDisplay display) {
        WorkspaceContents contents = shown;
        if (contents == null) {
            return;
        }
        List<String> keys = new ArrayList<>();
        for (SidebarItem item : contents.experiments()) {
            if (!health.containsKey(item.key())) {
                keys.add(item.key());
            }
        }
        long mine = ++checks;
        checkNext(display, keys, 0, mine);
    }

    private void checkNext(ShellDisplay display, List<String> keys, int index, long generation) {
        if (generation != checks) {
            return;
        }
        if (index >= keys.size()) {
            if (!keys.isEmpty()) {
                display.showStatus("Checked " + keys.size() + (keys.size() == 1 ? " experiment" : " experiments")
                        + ": the badges in the sidebar say whether their data can be trusted");
            }
            return;
        }
        String key = keys.get(index);
        String title = "Checking experiment " + (index + 1) + " of " + keys.size() + ": " + key;
        tasks.execute(BackgroundTask.of(title, task -> session.use(open -> {
            AnalysisSpec spec = ExperimentSpecs.of(open.definitions(), key);
            return ExperimentHealth.of(open.analysis().analyze(spec, new TaskMonitor(task)),
                    open.workspace().dataVersion());
        })).onSuccess(found -> {
            health.put(key, found);
            showHealth(display, key, found);
            checkNext(display, keys, index + 1, generation);
        }).onError(failure -> {
            // The experiment's own view explains the failure when it is opened; a badge is not worth a dialog.
            LOG.log(Level.WARNING, "The health check of " + key + " failed", failure);
            checkNext(display, keys, index + 1, generation);
        }));
    }

    private void showHealth(ShellDisplay display, String key, ExperimentHealth found) {
        WorkspaceContents contents = shown;
        if (contents == null) {
            return;
        }
        List<SidebarItem> experiments = new ArrayList<>();
        for (SidebarItem item : contents.experiments()) {
            experiments.add(item.key().equals(key) ? withHealth(item, found) : item);
        }
        WorkspaceContents updated = contents.withExperiments(experiments);
        shown = updated;
        display.showWorkspace(updated);
    }

    private static SidebarItem withHealth(SidebarItem item, ExperimentHealth found) {
        String variants = item.detail().split(" · ")[0];
        String table = item.detail().contains("per-user table") ? " · per-user table" : "";
        return SidebarItem.experiment(item.key(), item.name(), variants + " · "
                + com.splitbench.ui.table.DisplayFormats.number(found.users(), 0) + " users" + table, found.badge());
    }
}
