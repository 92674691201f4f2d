package com.splitbench.report;

import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultCalculator;
import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.AnalysisSpec;
import java.time.Instant;
import java.util.Objects;

/**
 * Everything a {@code .splitreport} file holds: the analysis spec, the per-variant sufficient statistics (overall,
 * per segment, per day; no user-level data), the results as saved, the author's conclusion, the data fingerprint,
 * the version of Splitbench that wrote it and when. The statistics alone give back results under any settings, so
 * a report re-opens fully interactive without the raw data.
 *
 * @param spec the spec the results were computed with (metrics resolved)
 * @param statistics the sufficient statistics
 * @param results the results table as the author saw it
 * @param conclusion the decision and notes
 * @param fingerprint what identifies the data
 * @param appVersion the Splitbench version that computed the statistics
 * @param createdAt when the report was saved
 */
public record Report(AnalysisSpec spec, ExperimentStatistics statistics, SavedResults results,
        Conclusion conclusion, DataFingerprint fingerprint, String appVersion, Instant createdAt) {

    public Report {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(appVersion, "appVersion");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public String experimentKey() {
        return statistics.experimentKey();
    }

    /** The name a reader knows the experiment by. */
    public String title() {
        return spec.experiment().displayName();
    }

    /**
     * The spec whose metrics are exactly those the statistics were computed for: what verify re-runs, and what
     * {@code analyze --spec} would need to reproduce the numbers.
     */
    public AnalysisSpec analysedSpec() {
        return spec.withMetrics(statistics.metrics().stream().map(MetricStatistics::definition).toList());
    }

    /** The results under the saved settings. */
    public AnalysisResult resultsAsSaved() {
        return ResultCalculator.calculate(statistics, spec);
    }

    /** The results under other settings (baseline, correction, CUPED, sequential, Bayesian, segment). */
    public AnalysisResult results(AnalysisSettings settings) {
        return ResultCalculator.calculate(statistics, spec.withSettings(settings));
    }

    /** The results with another spec (e.g. another control): its experiment key must be this report's. */
    public AnalysisResult results(AnalysisSpec otherSpec) {
        if (!otherSpec.experiment().key().equals(experimentKey())) {
            throw new IllegalArgumentException("The spec is for " + otherSpec.experiment().key() + ", the report for "
                    + experimentKey());
        }
        return ResultCalculator.calculate(statistics, otherSpec);
    }

    public Report withConclusion(Conclusion newConclusion) {
        return new Report(spec, statistics, results, newConclusion, fingerprint, appVersion, createdAt);
    }
}
