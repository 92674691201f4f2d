package com.splitbench.ui.workspace;

import com.splitbench.analysis.AnalysisService;
import com.splitbench.analysis.local.LocalStatisticsEngine;
import com.splitbench.analysis.local.WorkspaceEventData;
import com.splitbench.common.UserFacingException;
import com.splitbench.workspace.DefinitionRepository;
import com.splitbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The workspace the window has open, with the services built on it. A workspace is used by one thread at a time,
 * so every use goes through {@link #use}, which holds a lock for its duration: an import waits for a running
 * analysis and the other way round. Call {@link #use} from worker threads only, never from the JavaFX thread.
 */
public final class WorkspaceSession implements AutoCloseable {

    /** What a use of the workspace works with. */
    public record OpenWorkspace(Workspace workspace, AnalysisService analysis, DefinitionRepository definitions) {

        public Path location() {
            return workspace.directory();
        }
    }

    /** Work on the open workspace. */
    @FunctionalInterface
    public interface Use<T> {
        T apply(OpenWorkspace open) throws Exception;
    }

    private final ReentrantLock lock = new ReentrantLock(true);
    private OpenWorkspace current;
    private volatile Path location;

    /**
     * Opens the workspace in the folder, closing the one open before; a workspace that is open already stays open
     * (the app opens the last workspace while the window is still being built). Worker thread.
     */
    public OpenWorkspace open(Path directory) {
        lock.lock();
        try {
            if (current != null && current.location().equals(directory.toAbsolutePath().normalize())) {
                return current;
            }
            return replaceWith(() -> Workspace.open(directory));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Opens the workspace ahead of the user's request, e.g. while the window is being built; a failure is only
     * logged, because the request that follows opens it again and reports the failure properly.
     */
    public void openQuietly(Path directory) {
        try {
            open(directory);
        } catch (RuntimeException e) {
            System.getLogger(WorkspaceSession.class.getName()).log(System.Logger.Level.INFO,
                    "Opening " + directory + " ahead of time failed; it is opened again on request", e);
        }
    }

    /** Creates a workspace in an empty or new folder and opens it, closing the one open before. Worker thread. */
    public OpenWorkspace create(Path directory) {
        return replaceWith(() -> Workspace.create(directory));
    }

    /** The open workspace's folder, if one is open. Any thread. */
    public Optional<Path> location() {
        return Optional.ofNullable(location);
    }

    /**
     * Runs work on the workspace in the folder {@code expected}, holding the lock. Fails when another workspace was
     * opened meanwhile, so that a view of the old workspace never reads the new one.
     */
    public <T> T use(Path expected, Use<T> work) throws Exception {
        lock.lock();
        try {
            if (current == null || !current.location().equals(expected)) {
                throw new UserFacingException("The workspace " + expected + " is no longer open. Open it again "
                        + "with File ▸ Open workspace.");
            }
            return work.apply(current);
        } finally {
            lock.unlock();
        }
    }

    /** Runs work on whatever workspace is open, holding the lock. */
    public <T> T use(Use<T> work) throws Exception {
        Path open = location;
        if (open == null) {
            throw new UserFacingException("No workspace is open. Open one with File ▸ Open workspace.");
        }
        return use(open, work);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closeCurrent();
        } finally {
            lock.unlock();
        }
    }

    private OpenWorkspace replaceWith(java.util.function.Supplier<Workspace> opener) {
        lock.lock();
        try {
            closeCurrent();
            Workspace workspace = opener.get();
            AnalysisService analysis = new AnalysisService(
                    new LocalStatisticsEngine(new WorkspaceEventData(workspace.eventStore())), workspace::dataVersion,
                    SavedStatistics.forWorkspace(workspace));
            current = new OpenWorkspace(workspace, analysis, new DefinitionRepository(workspace));
            location = workspace.directory();
            return current;
        } finally {
            lock.unlock();
        }
    }

    private void closeCurrent() {
        if (current != null) {
            OpenWorkspace closing = current;
            current = null;
            location = null;
            closing.workspace().close();
        }
    }
}
