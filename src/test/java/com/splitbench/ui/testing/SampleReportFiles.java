package com.splitbench.ui.testing;

import com.splitbench.analysis.result.ResultCalculator;
import com.splitbench.report.Conclusion;
import com.splitbench.report.Decision;
import com.splitbench.report.ReportService;
import com.splitbench.report.WorkspaceSource;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.Correction;
import com.splitbench.ui.experiment.LoadedExperiment;
import com.splitbench.workspace.Workspace;
import java.nio.file.Path;

/**
 * Report files of the sample workspace's checkout experiment, written by the report service as Save report writes
 * them (statistics, results, decision and the data fingerprint of a copy of the sample workspace), for tests that
 * open reports in the window without saving one through it first.
 */
public final class SampleReportFiles {

    public static final String EXPERIMENT = "checkout_redesign";

    private SampleReportFiles() {
    }

    /** Writes {@code folder}/{@code fileName}: the checkout experiment with control as baseline and the correction. */
    public static Path checkout(Path folder, String fileName, Correction correction) {
        LoadedExperiment loaded = SampleAnalyses.load(EXPERIMENT);
        AnalysisSpec spec = ResultsPages.rebased(loaded.spec(), "control", correction);
        WorkspaceSource source;
        try (Workspace open = Workspace.open(SampleWorkspaces.copyInto(folder.resolve("for-" + fileName)))) {
            source = ReportService.describeWorkspace(open, EXPERIMENT);
        }
        Path file = folder.resolve(fileName);
        new ReportService("test").save(ResultCalculator.calculate(loaded.statistics(), spec),
                new Conclusion(Decision.SHIP, "Ship treatment_b."), source, file);
        return file;
    }
}
