package com.splitbench.analysis.result;

import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.HealthCounts;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.srm.SrmResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results of one experiment under one set of settings: computed from {@link ExperimentStatistics} alone, in
 * milliseconds, so that switching baseline, correction, CUPED, sequential, Bayesian or segment never rescans events.
 *
 * @param spec the spec the results were computed with (its metrics resolved)
 * @param statistics the sufficient statistics they came from
 * @param control the baseline variant
 * @param srm the sample-ratio check over all analysed users
 * @param segmentDimension the dimension the rows are broken down by, when one is chosen
 * @param segmentSrm the sample-ratio check within each segment of that dimension
 * @param rows one per metric × variant (× segment), metrics in spec order, control first
 */
public record AnalysisResult(
        AnalysisSpec spec,
        ExperimentStatistics statistics,
        String control,
        Outcome<SrmResult> srm,
        Optional<String> segmentDimension,
        Map<String, Outcome<SrmResult>> segmentSrm,
        List<ResultRow> rows) {

    public AnalysisResult {
        segmentSrm = Map.copyOf(segmentSrm);
        rows = List.copyOf(rows);
    }

    public String experimentKey() {
        return statistics.experimentKey();
    }

    public List<String> variants() {
        return statistics.variants();
    }

    public HealthCounts health() {
        return statistics.health();
    }

    /** Whether the split of users fails the sample-ratio check: results may be invalid. */
    public boolean srmFlagged() {
        return srm.asOptional().map(SrmResult::flagged).orElse(false);
    }
}
