package com.splitbench.analysis;

import com.splitbench.spec.ExperimentDefinition;
import com.splitbench.spec.MetricDefinition;
import java.util.List;

/**
 * What the per-user → sufficient-statistics step computes: one experiment (its key and date range matter
 * here), its metrics, whether CUPED covariates are gathered, and whether time series are built.
 */
public record StatisticsRequest(ExperimentDefinition experiment, List<MetricDefinition> metrics,
        boolean cupedEnabled, boolean timeSeries) {

    public StatisticsRequest {
        metrics = List.copyOf(metrics);
    }
}
