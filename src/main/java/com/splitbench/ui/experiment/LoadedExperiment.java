package com.splitbench.ui.experiment;

import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.ui.metric.MetricCatalog;
import java.util.Objects;

/**
 * An experiment as its view shows it: the spec it is analysed with (metrics resolved) and its sufficient
 * statistics, from which every result, chart and health check is computed without touching the workspace again.
 *
 * @param spec              the spec, with its metrics resolved (the automatic ones when none are defined)
 * @param automaticMetrics  whether the metrics are the automatic ones (the user defined none)
 * @param catalog           what the editors offer: event types, saved metrics, the data's automatic metrics
 */
public record LoadedExperiment(AnalysisSpec spec, boolean automaticMetrics, ExperimentStatistics statistics,
                               MetricCatalog catalog) {

    public LoadedExperiment {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(catalog, "catalog");
    }

    public String key() {
        return spec.experiment().key();
    }

    public long users() {
        return statistics.users().stream().mapToLong(Long::longValue).sum();
    }
}
