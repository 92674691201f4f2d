package com.splitbench.ui.source;

import com.splitbench.analysis.AnalysisService;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.report.WarehouseSource;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.ui.task.TaskContext;
import com.splitbench.ui.task.TaskMonitor;
import com.splitbench.warehouse.Credentials;
import com.splitbench.warehouse.SavedSource;
import com.splitbench.warehouse.SourceFingerprint;
import com.splitbench.warehouse.WarehouseResult;
import com.splitbench.warehouse.WarehouseStatisticsEngine;

/**
 * One experiment analysed on a warehouse source: the spec (the experiment's saved definition when the workspace holds
 * one, else its automatic metrics, as {@code analyze --source NAME --workspace DIR} without {@code --spec}), the
 * sufficient statistics with time series, the description a report records, and what travelled.
 *
 * @param fromDefinition whether the metrics and settings came from the experiment's saved definition
 * @param statements the statements that ran
 * @param rowsReceived the summary rows that came back
 * @param bytesReceived their payload in bytes
 * @param millis how long it took
 */
public record WarehouseRun(AnalysisSpec spec, boolean fromDefinition, ExperimentStatistics statistics,
        WarehouseSource source, int statements, long rowsReceived, long bytesReceived, long millis) {

    /**
     * Runs the analysis. Worker thread; reports progress to the task and stops when it is cancelled.
     *
     * @param definition the experiment's saved definition, or null for its automatic metrics
     */
    static WarehouseRun analyse(SavedSource saved, Credentials credentials, String experimentKey,
            AnalysisSpec definition, TaskContext task) {
        long started = System.nanoTime();
        WarehouseStatisticsEngine engine = new WarehouseStatisticsEngine(saved.definition(), credentials,
                saved.driverJarPath());
        AnalysisService service = new AnalysisService(engine, () -> 0);
        task.updateMessage("Finding the metrics of " + experimentKey + " on " + saved.name());
        AnalysisSpec spec = service.resolve(definition != null ? definition : AnalysisSpec.automatic(experimentKey));
        ExperimentStatistics statistics = service.statistics(spec, new TaskMonitor(task));
        WarehouseResult result = engine.lastResult().orElseThrow(() -> new IllegalStateException(
                "The warehouse analysis returned without running its statements"));
        return new WarehouseRun(spec, definition != null, statistics, describe(result.fingerprint()), result.statements(),
                result.rowsReceived(), result.bytesReceived(), (System.nanoTime() - started) / 1_000_000);
    }

    /** What a report records about the source: engine, tables and query hash; never the URL, user or password. */
    static WarehouseSource describe(SourceFingerprint fingerprint) {
        return new WarehouseSource(fingerprint.engine(), fingerprint.tables(), fingerprint.queryHash());
    }
}
