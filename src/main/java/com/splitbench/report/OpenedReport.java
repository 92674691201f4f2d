package com.splitbench.report;

import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.spec.AnalysisSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A report read from a file, validated: its content, where it came from and the format version it was written in
 * (older versions are migrated on read, so {@link #report()} is always in the current model).
 *
 * @param file the file it was read from
 * @param formatVersion the format version of the file as written
 * @param report the content
 */
public record OpenedReport(Path file, int formatVersion, Report report) {

    public OpenedReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(report, "report");
    }

    public AnalysisSpec spec() {
        return report.spec();
    }

    public ExperimentStatistics statistics() {
        return report.statistics();
    }

    public SavedResults savedResults() {
        return report.results();
    }

    public Conclusion conclusion() {
        return report.conclusion();
    }

    public DataFingerprint fingerprint() {
        return report.fingerprint();
    }

    public String appVersion() {
        return report.appVersion();
    }

    public Instant createdAt() {
        return report.createdAt();
    }

    /** The results under the saved settings, recomputed from the statistics (no raw data needed). */
    public AnalysisResult resultsAsSaved() {
        return report.resultsAsSaved();
    }
}
