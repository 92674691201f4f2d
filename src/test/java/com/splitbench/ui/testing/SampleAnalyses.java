package com.splitbench.ui.testing;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.AnalysisService;
import com.splitbench.analysis.local.LocalStatisticsEngine;
import com.splitbench.analysis.local.WorkspaceEventData;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.ui.metric.MetricCatalog;
import com.splitbench.ui.experiment.LoadedExperiment;
import com.splitbench.workspace.DefinitionRepository;
import com.splitbench.workspace.EventTypeSummary;
import com.splitbench.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample workspace's experiments as the window loads them (saved spec, metrics resolved, sufficient
 * statistics), computed once per test run, for view-model tests that need real numbers and no stage.
 */
public final class SampleAnalyses {

    private static final Map<String, LoadedExperiment> LOADED = new HashMap<>();

    private SampleAnalyses() {
    }

    public static synchronized LoadedExperiment load(String experimentKey) {
        return LOADED.computeIfAbsent(experimentKey, SampleAnalyses::compute);
    }

    private static LoadedExperiment compute(String key) {
        try {
            java.nio.file.Path folder = Files.createTempDirectory("splitbench-analyses-");
            try (Workspace workspace = Workspace.open(SampleWorkspaces.copyInto(folder))) {
                DefinitionRepository definitions = new DefinitionRepository(workspace);
                AnalysisService service = new AnalysisService(new LocalStatisticsEngine(
                        new WorkspaceEventData(workspace.eventStore())), workspace::dataVersion);
                AnalysisSpec saved = definitions.experiment(key).orElse(AnalysisSpec.automatic(key));
                AnalysisSpec spec = service.resolve(saved);
                ExperimentStatistics statistics = service.statistics(spec, AnalysisMonitor.NONE);
                List<String> types = workspace.eventStore().eventTypes().stream().map(EventTypeSummary::name)
                        .toList();
                MetricCatalog catalog = new MetricCatalog(types, definitions.metrics(), service.resolve(
                        AnalysisSpec.automatic(key)).metrics(), List.of());
                return new LoadedExperiment(spec, saved.metrics().isEmpty(), statistics, catalog);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
