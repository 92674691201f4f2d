package com.splitbench.ui.workspace;

import com.splitbench.spec.AnalysisSpec;
import com.splitbench.ui.source.SourceStore;
import com.splitbench.warehouse.SavedSource;
import com.splitbench.workspace.ExperimentSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The warehouse sources saved in one open workspace, through the session's lock. */
public final class WorkspaceSourceStore implements SourceStore {

    private final WorkspaceSession session;
    private final Path location;

    public WorkspaceSourceStore(WorkspaceSession session, Path location) {
        this.session = session;
        this.location = location;
    }

    /** The store of whatever workspace is open now. */
    public static Optional<WorkspaceSourceStore> ofOpen(WorkspaceSession session) {
        return session.location().map(location -> new WorkspaceSourceStore(session, location));
    }

    @Override
    public Path location() {
        return location;
    }

    @Override
    public List<String> names() throws Exception {
        return session.use(location, open -> open.definitions().dataSourceNames());
    }

    @Override
    public Optional<SavedSource> find(String name) throws Exception {
        return session.use(location, open -> open.definitions().dataSource(name).map(SavedSource::fromJson));
    }

    @Override
    public void save(SavedSource source) throws Exception {
        session.use(location, open -> {
            open.definitions().saveDataSource(source.name(), source.toJson());
            return null;
        });
    }

    @Override
    public void rename(String oldName, SavedSource source) throws Exception {
        session.use(location, open -> {
            open.definitions().renameDataSource(oldName, source.name(), source.toJson());
            return null;
        });
    }

    @Override
    public void delete(String name) throws Exception {
        session.use(location, open -> open.definitions().deleteDataSource(name));
    }

    @Override
    public List<String> definedExperimentKeys() throws Exception {
        return session.use(location, open -> open.definitions().definedExperimentKeys());
    }

    @Override
    public Optional<AnalysisSpec> definition(String experimentKey) throws Exception {
        return session.use(location, open -> open.definitions().experiment(experimentKey));
    }

    @Override
    public List<String> experimentKeys() throws Exception {
        return session.use(location, open -> open.workspace().eventStore().experiments().stream()
                .map(ExperimentSummary::key).sorted().toList());
    }
}
