package com.splitbench.analysis;

import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.spec.MetricDefinition;
import java.util.List;

/**
 * The per-user → sufficient-statistics step. Two implementations must agree: the fast local one over the
 * workspace's columnar event store, and the SQL one (the reference on small data, and the warehouse path).
 */
public interface SufficientStatisticsEngine {

    /** The metrics derived automatically from the data of an experiment (see {@link AutomaticMetrics}). */
    List<MetricDefinition> automaticMetrics(String experimentKey);

    /** Computes per-variant sufficient statistics overall, per segment and per day. */
    ExperimentStatistics compute(StatisticsRequest request, AnalysisMonitor monitor);
}
