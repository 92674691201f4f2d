package com.splitbench.analysis;

import com.splitbench.analysis.model.ExperimentStatistics;
import java.util.Optional;

/**
 * Keeps sufficient statistics beyond one {@link AnalysisService}, so that a workspace opened again shows the
 * results of its experiments without reading their events again. A store only ever answers for exactly the
 * request and data version it was given; anything else is a miss, and a miss only costs the analysis.
 */
public interface StatisticsStore {

    /** A store that keeps nothing: every analysis reads the data. */
    StatisticsStore NONE = new StatisticsStore() {
        @Override
        public Optional<ExperimentStatistics> load(StatisticsRequest request, long dataVersion) {
            return Optional.empty();
        }

        @Override
        public void save(StatisticsRequest request, long dataVersion, ExperimentStatistics statistics) {
        }
    };

    /** The statistics computed for exactly this request from exactly this version of the data, if kept. */
    Optional<ExperimentStatistics> load(StatisticsRequest request, long dataVersion);

    /** Keeps statistics just computed. A store that cannot keep them says so in the log and carries on. */
    void save(StatisticsRequest request, long dataVersion, ExperimentStatistics statistics);
}
