package com.splitbench.spec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything needed to analyse one experiment: its definition, its metrics and the settings. The window, report
 * files and the command line all exchange this; its file form is {@link com.splitbench.spec.json.SpecFiles}.
 *
 * @param metrics the metrics to analyse; empty means "the automatic metrics found in the data"
 */
public record AnalysisSpec(ExperimentDefinition experiment, List<MetricDefinition> metrics,
        AnalysisSettings settings) {

    public static final int MAX_METRICS = 500;

    public AnalysisSpec {
        SpecChecks.requireNonNull(experiment, "experiment");
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        settings = settings == null ? AnalysisSettings.DEFAULTS : settings;
        if (metrics.size() > MAX_METRICS) {
            throw new InvalidSpecException("An analysis holds at most " + MAX_METRICS + " metrics, this one has "
                    + metrics.size() + ".");
        }
        Set<String> names = new HashSet<>();
        for (MetricDefinition metric : metrics) {
            if (!names.add(metric.name())) {
                throw new InvalidSpecException("Two metrics are named '" + metric.name() + "': names must be unique.");
            }
        }
    }

    /** The automatic metrics of an experiment, with default settings. */
    public static AnalysisSpec automatic(String experimentKey) {
        return new AnalysisSpec(ExperimentDefinition.of(experimentKey), List.of(), AnalysisSettings.DEFAULTS);
    }

    public AnalysisSpec withSettings(AnalysisSettings newSettings) {
        return new AnalysisSpec(experiment, metrics, newSettings);
    }

    public AnalysisSpec withMetrics(List<MetricDefinition> newMetrics) {
        return new AnalysisSpec(experiment, newMetrics, settings);
    }

    public AnalysisSpec withExperiment(ExperimentDefinition newExperiment) {
        return new AnalysisSpec(newExperiment, metrics, settings);
    }
}
