package com.splitbench.ui.workspace;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.AnalysisService;
import com.splitbench.workspace.store.ChunkKind;
import java.lang.System.Logger.Level;
import java.nio.file.Path;

/**
 * Opens the workspace the window is about to show while the window is still being built, and computes the
 * statistics of the experiment it will select first, so that the experiment page finds them in the
 * {@link AnalysisService} cache. Without it, on the installed app, the page asked for its statistics about 1.4 s
 * after the workspace was open and then waited another 0.4 s for them (the sample workspace).
 *
 * <p>Only for workspaces of up to {@link #MAX_EVENTS} events, which take up to about a second: work done ahead of
 * time has no progress bar and no cancel, and holds the workspace meanwhile. A larger experiment is analysed by its
 * page's own task, which shows both.
 */
public final class FirstResultsPrefetch {

    /** About a second of analysis at most: {@code analyze} of a 1M-event sample took 0.9 s on 2 shared cores, C1 only. */
    static final long MAX_EVENTS = 1_000_000;

    private static final System.Logger LOG = System.getLogger(FirstResultsPrefetch.class.getName());

    private FirstResultsPrefetch() {
    }

    /** Opens {@code directory} and analyses its first experiment if it is small enough. Worker thread. */
    public static void run(WorkspaceSession session, Path directory) {
        run(session, directory, MAX_EVENTS);
    }

    static void run(WorkspaceSession session, Path directory, long maxEvents) {
        session.openQuietly(directory);
        Path location = directory.toAbsolutePath().normalize();
        if (session.location().filter(location::equals).isEmpty()) {
            return;
        }
        try {
            session.use(location, open -> {
                if (open.workspace().eventStore().rowCount(ChunkKind.EVENTS) > maxEvents) {
                    return null;
                }
                SidebarContents.firstExperimentKey(open).ifPresent(key -> open.analysis().statistics(
                        open.analysis().resolve(ExperimentSpecs.of(open.definitions(), key)), AnalysisMonitor.NONE));
                return null;
            });
        } catch (Exception e) {
            // The page analyses the experiment again when it is shown and reports a failure properly.
            LOG.log(Level.INFO, "Analysing the first experiment of " + directory + " ahead of time failed", e);
        }
    }
}
