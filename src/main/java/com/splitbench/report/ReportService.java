package com.splitbench.report;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.AnalysisService;
import com.splitbench.analysis.local.LocalStatisticsEngine;
import com.splitbench.analysis.local.WorkspaceEventData;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultsCsv;
import com.splitbench.report.export.HtmlReport;
import com.splitbench.report.export.ReportChart;
import com.splitbench.report.export.ReportCharts;
import com.splitbench.report.file.ReportFiles;
import com.splitbench.report.verify.ReportVerifier;
import com.splitbench.report.verify.VerifyResult;
import com.splitbench.workspace.Workspace;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Saves, opens, verifies and exports reports: what File ▸ Save report, Open report and Export call in the window,
 * and what the {@code report}, {@code show} and {@code verify} commands run. Stateless apart from the version it
 * stamps and its clock; safe to share between threads. Every method may take a while on large reports: call it off
 * the JavaFX thread. Failures are {@link com.splitbench.common.UserFacingException}s with a message for the user.
 */
public final class ReportService {

    private final String appVersion;
    private final Clock clock;

    /** @param appVersion the version stamped into saved reports ({@code AppVersion.get()}) */
    public ReportService(String appVersion) {
        this(appVersion, Clock.systemUTC());
    }

    public ReportService(String appVersion, Clock clock) {
        this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The report of an analysis, not yet saved. */
    public Report create(AnalysisResult result, Conclusion conclusion, SourceDescription source) {
        return new Report(result.spec(), result.statistics(), SavedResults.of(result), conclusion,
                new DataFingerprint(source, result.statistics().health()), appVersion,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Creates the report of an analysis and saves it atomically to {@code target}. */
    public Report save(AnalysisResult result, Conclusion conclusion, SourceDescription source, Path target) {
        Report report = create(result, conclusion, source);
        save(report, target);
        return report;
    }

    /** Saves a report (e.g. an opened one with edited notes: {@code report.withConclusion(...)}) atomically. */
    public void save(Report report, Path target) {
        ReportFiles.write(report, target);
    }

    /** Opens and validates a report file; needs no workspace. */
    public OpenedReport open(Path file) {
        return ReportFiles.read(file);
    }

    /** The source description of an experiment's data in a workspace: its imported files. */
    public static WorkspaceSource describeWorkspace(Workspace workspace, String experimentKey) {
        return WorkspaceSources.of(workspace.imports(), experimentKey);
    }

    /**
     * Recomputes the report's statistics from a workspace and compares everything: fingerprint, statistics and
     * results.
     *
     * @throws com.splitbench.common.UserFacingException when the workspace cannot analyse the experiment at all
     *     (no such experiment, say)
     */
    public VerifyResult verify(Report report, Workspace workspace, AnalysisMonitor monitor) {
        AnalysisService analysis = new AnalysisService(
                new LocalStatisticsEngine(new WorkspaceEventData(workspace.eventStore())), workspace::dataVersion);
        ExperimentStatistics current = analysis.statistics(report.analysedSpec(), monitor);
        return verify(report, current, describeWorkspace(workspace, report.experimentKey()));
    }

    /** Compares with statistics recomputed elsewhere (a warehouse run) and that run's source description. */
    public VerifyResult verify(Report report, ExperimentStatistics recomputed, SourceDescription currentSource) {
        return ReportVerifier.verify(report, recomputed, currentSource);
    }

    /** Writes the self-contained HTML page of a report, showing {@code shown} (its own or re-sliced results). */
    public void exportHtml(Report report, AnalysisResult shown, Path target) {
        AtomicFiles.write(target, HtmlReport.render(report, shown).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the results table with exactly the {@code analyze --format csv} columns; formula cells neutralised. */
    public void exportCsv(AnalysisResult result, Path target) {
        StringWriter csv = new StringWriter();
        ResultsCsv.write(result, csv);
        AtomicFiles.write(target, csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The charts the results support, for a chart menu or an export dialog. */
    public List<ReportChart> charts(AnalysisResult result) {
        return ReportCharts.list(result);
    }

    /** Writes one chart as PNG (drawn at twice its size with Java2D; needs no display). */
    public void exportChartPng(ReportChart chart, AnalysisResult result, Path target) {
        AtomicFiles.write(target, ReportCharts.png(chart, result));
    }

    /** Writes every chart as PNG into {@code folder} (created), named by {@link ReportChart#fileName()}. */
    public List<Path> exportChartPngs(AnalysisResult result, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new ReportFileException("Cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
        List<Path> written = new ArrayList<>();
        for (ReportChart chart : charts(result)) {
            Path target = folder.resolve(chart.fileName());
            exportChartPng(chart, result, target);
            written.add(target);
        }
        return written;
    }
}
