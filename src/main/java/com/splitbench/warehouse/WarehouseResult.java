package com.splitbench.warehouse;

import com.splitbench.analysis.model.ExperimentStatistics;

/**
 * A warehouse analysis: the statistics (the same as a workspace analysis produces), the source fingerprint for
 * reports, and what travelled: statements run, summary rows and payload bytes received.
 */
public record WarehouseResult(ExperimentStatistics statistics, SourceFingerprint fingerprint, int statements,
        long rowsReceived, long bytesReceived) {
}
