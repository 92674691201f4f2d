package com.splitbench.report.file;

import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.report.Conclusion;
import com.splitbench.report.DataFingerprint;
import com.splitbench.report.Decision;
import com.splitbench.report.Report;
import com.splitbench.report.SavedResults;
import com.splitbench.report.file.ReportJson.ConclusionJson;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.InvalidSpecException;
import com.splitbench.spec.json.SpecJson;
import com.splitbench.spec.json.SpecMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.stream.Collectors;

/** Maps a whole report between its file form (current version) and the validated domain record. */
final class ReportMapper {

    private ReportMapper() {
    }

    static ReportJson toJson(Report report) {
        Conclusion c = report.conclusion();
        return new ReportJson(ReportJson.FORMAT, ReportJson.CURRENT_VERSION, report.createdAt().toString(),
                report.appVersion(),
                new ConclusionJson(c.decision().fileName(), c.notes().isEmpty() ? null : c.notes()),
                SpecMapper.toJson(report.spec()), FingerprintMapper.toJson(report.fingerprint()),
                StatisticsMapper.toJson(report.statistics()), SavedResultsMapper.toJson(report.results()));
    }

    /** Maps and validates; every problem is a {@link ContentException} naming the field. */
    static Report toDomain(ReportJson json) {
        Instant createdAt = instant(json.createdAt(), "createdAt");
        String appVersion = Fields.name(json.appVersion(), ReportLimits.MAX_LABEL, "appVersion");
        Conclusion conclusion = conclusion(json.conclusion(), "conclusion");
        AnalysisSpec spec = spec(json.spec(), "spec");
        ExperimentStatistics statistics = StatisticsMapper.toDomain(json.statistics(), "statistics");
        if (!spec.experiment().key().equals(statistics.experimentKey())) {
            throw new ContentException("statistics.experiment", "is '" + statistics.experimentKey()
                    + "' but the spec is for '" + spec.experiment().key() + "'");
        }
        DataFingerprint fingerprint = FingerprintMapper.toDomain(json.fingerprint(), statistics.health(),
                "fingerprint");
        Set<String> metrics = statistics.metrics().stream().map(MetricStatistics::name).collect(Collectors.toSet());
        SavedResults results = SavedResultsMapper.toDomain(json.results(), statistics.variants(), metrics, "results");
        return new Report(spec, statistics, results, conclusion, fingerprint, appVersion, createdAt);
    }

    private static Instant instant(String text, String path) {
        Fields.name(text, ReportLimits.MAX_LABEL, path);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ContentException(path, "is not an ISO-8601 instant such as 2026-03-01T12:00:00Z");
        }
    }

    private static Conclusion conclusion(ConclusionJson json, String path) {
        Fields.required(json, path);
        String word = Fields.required(json.decision(), path + ".decision");
        Decision decision = null;
        for (Decision candidate : Decision.values()) {
            if (candidate.fileName().equals(word)) {
                decision = candidate;
            }
        }
        if (decision == null) {
            throw new ContentException(path + ".decision", "must be one of " + Decision.words());
        }
        return new Conclusion(decision, Fields.text(json.notes(), Conclusion.MAX_NOTES_LENGTH, path + ".notes"));
    }

    private static AnalysisSpec spec(SpecJson json, String path) {
        Fields.required(json, path);
        if (json.format() != null && !SpecJson.FORMAT.equals(json.format())) {
            throw new ContentException(path + ".format", "must be " + SpecJson.FORMAT);
        }
        if (json.version() != null && (json.version() < 1 || json.version() > SpecJson.CURRENT_VERSION)) {
            throw new ContentException(path + ".version", "is " + json.version() + "; this Splitbench reads spec "
                    + "versions 1 to " + SpecJson.CURRENT_VERSION);
        }
        if (json.metrics() != null && json.metrics().size() > ReportLimits.MAX_METRICS) {
            throw new ContentException(path + ".metrics", "has more than " + ReportLimits.MAX_METRICS + " metrics");
        }
        try {
            return SpecMapper.toDomain(json);
        } catch (InvalidSpecException e) {
            throw new ContentException(path, e.getMessage());
        }
    }
}
