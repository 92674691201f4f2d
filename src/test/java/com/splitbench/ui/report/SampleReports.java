package com.splitbench.ui.report;

import com.splitbench.analysis.model.Distribution;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.result.ResultCalculator;
import com.splitbench.report.Conclusion;
import com.splitbench.report.Decision;
import com.splitbench.report.ImportedFile;
import com.splitbench.report.OpenedReport;
import com.splitbench.report.Report;
import com.splitbench.report.ReportService;
import com.splitbench.report.WorkspaceSource;
import com.splitbench.ui.experiment.LoadedExperiment;
import com.splitbench.ui.testing.SampleAnalyses;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Reports of the sample workspace's experiments, built in memory, for view-model tests without a stage. */
final class SampleReports {

    static final Instant SAVED_AT = Instant.parse("2026-03-20T16:45:00Z");
    static final ReportService SERVICE = new ReportService("9.9.9", Clock.fixed(SAVED_AT, ZoneOffset.UTC));
    static final String EVENTS_SHA = "1a27a7694283" + "0".repeat(52);
    static final WorkspaceSource SOURCE = new WorkspaceSource(List.of(
            new ImportedFile("assignments.csv.gz", 893_676, "e50eca6300f8" + "f".repeat(52), "assignments",
                    Optional.empty(), 38_999, 38_615, 0, 384),
            new ImportedFile("events.csv.gz", 2_306_867, EVENTS_SHA, "events", Optional.empty(), 200_201, 199_621,
                    3, 580)));

    private SampleReports() {
    }

    /** The checkout experiment as saved with its own settings, a decision and notes. */
    static OpenedReport checkout(Path file) {
        LoadedExperiment loaded = SampleAnalyses.load("checkout_redesign");
        Report report = SERVICE.create(ResultCalculator.calculate(loaded.statistics(), loaded.spec()),
                new Conclusion(Decision.SHIP, "Ship treatment_b."), SOURCE);
        return new OpenedReport(file, 1, report);
    }

    /** The same report with its histograms left out, as an older or warehouse-made report may be. */
    static OpenedReport withoutHistograms(OpenedReport opened) {
        ExperimentStatistics s = opened.statistics();
        List<MetricStatistics> metrics = s.metrics().stream().map(m -> new MetricStatistics(m.definition(), m.type(),
                m.overall(), m.hasCovariate(), m.segments(), m.calendar(), m.sinceExposure(), m.cap(),
                Distribution.EMPTY)).toList();
        ExperimentStatistics stripped = new ExperimentStatistics(s.experimentKey(), s.variants(), s.users(),
                s.exposures(), s.health(), s.segments(), metrics);
        Report r = opened.report();
        return new OpenedReport(opened.file(), 1, new Report(r.spec(), stripped, r.results(), r.conclusion(),
                r.fingerprint(), r.appVersion(), r.createdAt()));
    }
}
