package com.splitbench.ui.workspace;

import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.ui.experiment.ExperimentData;
import com.splitbench.ui.experiment.LoadedExperiment;
import com.splitbench.ui.metric.MetricCatalog;
import com.splitbench.ui.task.TaskContext;
import com.splitbench.ui.task.TaskMonitor;
import com.splitbench.workspace.EventTypeSummary;
import java.nio.file.Path;
import java.util.List;

/** The experiment views' way into one open workspace, through the session's lock. */
public final class WorkspaceExperimentData implements ExperimentData {

    private final WorkspaceSession session;
    private final Path location;

    /** @param location the workspace the views belong to; they fail cleanly once another one is opened */
    public WorkspaceExperimentData(WorkspaceSession session, Path location) {
        this.session = session;
        this.location = location;
    }

    @Override
    public LoadedExperiment load(String experimentKey, TaskContext task) throws Exception {
        return session.use(location, open -> {
            AnalysisSpec saved = ExperimentSpecs.of(open.definitions(), experimentKey);
            AnalysisSpec resolved = open.analysis().resolve(saved);
            ExperimentStatistics statistics = open.analysis().statistics(resolved, new TaskMonitor(task));
            List<MetricDefinition> automatic = open.analysis().resolve(AnalysisSpec.automatic(experimentKey))
                    .metrics();
            List<String> columns = automatic.stream().map(MetricDefinition::kind)
                    .filter(kind -> kind instanceof MetricKind.Column)
                    .map(kind -> ((MetricKind.Column) kind).column()).toList();
            List<String> types = open.workspace().eventStore().eventTypes().stream().map(EventTypeSummary::name)
                    .toList();
            MetricCatalog catalog = new MetricCatalog(columns.isEmpty() ? types : List.of(),
                    open.definitions().metrics(), automatic, columns);
            return new LoadedExperiment(resolved, saved.metrics().isEmpty(), statistics, catalog);
        });
    }

    @Override
    public void saveDefinition(AnalysisSpec spec) throws Exception {
        session.use(location, open -> {
            open.definitions().saveExperiment(spec);
            return null;
        });
    }
}
