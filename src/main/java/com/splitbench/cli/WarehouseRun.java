package com.splitbench.cli;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.AnalysisService;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.report.WarehouseSource;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.warehouse.SavedSource;
import com.splitbench.warehouse.SourceFingerprint;
import com.splitbench.warehouse.WarehouseResult;
import com.splitbench.warehouse.WarehouseStatisticsEngine;
import com.splitbench.workspace.DefinitionRepository;
import com.splitbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs an analysis on a warehouse source the way {@code analyze}, {@code report} and {@code verify} do with
 * {@code --source}: the source given by URL or saved in a workspace, the credentials from the command line, and the
 * report's description of the source (engine, tables, query hash; never the URL, user or password).
 */
final class WarehouseRun {

    /** Results and the description of the source they were computed on. */
    record Analysed(AnalysisResult result, WarehouseSource source) {
    }

    /** Statistics recomputed for a spec (verify) and the description of the source. */
    record Recomputed(ExperimentStatistics statistics, WarehouseSource source) {
    }

    private WarehouseRun() {
    }

    /**
     * Analyses an experiment on the source.
     *
     * @param workspace the workspace that saved the source, when {@code --source} names one; may be null
     * @param timeSeries whether to build the daily series (reports keep them; a printed table does not need them)
     */
    static Analysed analyze(WarehouseOptions warehouse, Path workspace, AnalysisSpec spec, AnalysisMonitor monitor,
            boolean timeSeries) {
        WarehouseStatisticsEngine engine = engine(warehouse, workspace);
        AnalysisResult result = new AnalysisService(engine, () -> 0).analyze(spec, monitor, timeSeries);
        return new Analysed(result, describe(engine));
    }

    /** Recomputes the statistics of a spec on the source, with time series, as a report holds them. */
    static Recomputed statistics(WarehouseOptions warehouse, Path workspace, AnalysisSpec spec,
            AnalysisMonitor monitor) {
        WarehouseStatisticsEngine engine = engine(warehouse, workspace);
        ExperimentStatistics statistics = new AnalysisService(engine, () -> 0).statistics(spec, monitor);
        return new Recomputed(statistics, describe(engine));
    }

    /**
     * The spec a warehouse analysis runs: the --spec file, else the definition saved for the experiment in the
     * workspace that saved the source (as the window's source page does), else automatic metrics; the switches on
     * top. A source given by URL has no workspace of its own, so only --spec or automatic metrics apply to it.
     */
    static AnalysisSpec spec(WarehouseOptions warehouse, Path workspace, String experiment, AnalysisOptions options) {
        AnalysisSpec saved = null;
        if (options.specFile() == null && workspace != null && !warehouse.isUrl()) {
            WorkspaceAnalysis.requireWorkspace(workspace);
            try (Workspace opened = Workspace.open(workspace)) {
                saved = new DefinitionRepository(opened).experiment(experiment).orElse(null);
            }
        }
        return options.resolve(experiment, saved);
    }

    /** The report's description of a warehouse run: the fingerprint's engine, tables and query hash. */
    static WarehouseSource describe(SourceFingerprint fingerprint) {
        return new WarehouseSource(fingerprint.engine(), fingerprint.tables(), fingerprint.queryHash());
    }

    private static WarehouseSource describe(WarehouseStatisticsEngine engine) {
        WarehouseResult last = engine.lastResult().orElseThrow(() -> new IllegalStateException(
                "The warehouse analysis returned without running its statements"));
        return describe(last.fingerprint());
    }

    private static WarehouseStatisticsEngine engine(WarehouseOptions warehouse, Path workspace) {
        SavedSource source = resolve(warehouse, workspace);
        return new WarehouseStatisticsEngine(source.definition(), warehouse.credentials(source),
                source.driverJarPath());
    }

    /** The source given by URL, or the one saved under the name in the workspace (opened only for that). */
    private static SavedSource resolve(WarehouseOptions warehouse, Path workspace) {
        if (workspace == null || warehouse.isUrl()) {
            return warehouse.resolve(Optional.empty());
        }
        WorkspaceAnalysis.requireWorkspace(workspace);
        try (Workspace opened = Workspace.open(workspace)) {
            return warehouse.resolve(Optional.of(opened));
        }
    }
}
