package com.splitbench.warehouse;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.StatisticsRequest;
import com.splitbench.analysis.SufficientStatisticsEngine;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.spec.MetricDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A warehouse source as a {@link SufficientStatisticsEngine}, so that {@code AnalysisService}, results, reports
 * and the window work unchanged on it. Each call opens and closes its own connection; the last run's fingerprint
 * and transfer figures are kept for reports.
 */
public final class WarehouseStatisticsEngine implements SufficientStatisticsEngine {

    private final DataSourceDefinition source;
    private final Credentials credentials;
    private final Optional<Path> driverJar;
    private volatile WarehouseResult lastResult;

    public WarehouseStatisticsEngine(DataSourceDefinition source, Credentials credentials, Optional<Path> driverJar) {
        this.source = source;
        this.credentials = credentials;
        this.driverJar = driverJar;
    }

    @Override
    public List<MetricDefinition> automaticMetrics(String experimentKey) {
        return WarehouseAnalysis.automaticMetrics(source, credentials, driverJar, experimentKey);
    }

    @Override
    public ExperimentStatistics compute(StatisticsRequest request, AnalysisMonitor monitor) {
        WarehouseResult result = WarehouseAnalysis.analyze(source, credentials, driverJar, request, monitor);
        lastResult = result;
        return result.statistics();
    }

    /** The last analysis's fingerprint and transfer figures, if one has run. */
    public Optional<WarehouseResult> lastResult() {
        return Optional.ofNullable(lastResult);
    }

    public DataSourceDefinition source() {
        return source;
    }
}
