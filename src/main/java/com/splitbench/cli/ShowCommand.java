package com.splitbench.cli;

import com.splitbench.app.AppVersion;
import com.splitbench.common.UserFacingException;
import com.splitbench.report.OpenedReport;
import com.splitbench.report.Report;
import com.splitbench.report.ReportService;
import com.splitbench.spec.AnalysisSpec;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code splitbench show}: a report's results table from the file alone. Without options it prints what
 * {@code analyze} printed for the same data and options; --control, --correction, --segment and the other analysis
 * switches re-slice the stored statistics.
 */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print a report's results table from the report file alone (no workspace needed).",
            "Analysis options (--control, --correction, --segment, --cuped, --sequential, --bayesian, "
                    + "--confidence) re-slice the statistics stored in the report."})
public final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--report", required = true, paramLabel = "FILE.splitreport", description = "The report.")
    Path reportFile;

    @Mixin
    AnalysisOptions options;

    @Mixin
    ResultOutput output;

    @Option(names = "--about", description = "Print what the report is (decision, notes, provenance) instead.")
    boolean about;

    @Override
    public Integer call() {
        if (options.specFile() != null) {
            throw new UserFacingException("'show' re-slices the statistics stored in the report, so --spec does not "
                    + "apply. Use --control, --correction, --segment and the other switches, or run 'analyze "
                    + "--spec' on the workspace.");
        }
        OpenedReport opened = new ReportService(AppVersion.get()).open(reportFile);
        Report report = opened.report();
        if (about) {
            ReportAbout.print(opened, spec.commandLine().getOut());
            return 0;
        }
        AnalysisSpec resliced = options.resolve(report.experimentKey(), report.spec());
        output.write(report.results(resliced), spec.commandLine().getOut());
        return 0;
    }
}
