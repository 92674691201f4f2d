package com.splitbench.cli;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.app.AppVersion;
import com.splitbench.common.UserFacingException;
import com.splitbench.report.OpenedReport;
import com.splitbench.report.ReportService;
import com.splitbench.report.verify.VerifyResult;
import com.splitbench.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code splitbench verify}: recompute a report from the workspace that holds its data and list every difference.
 * Exits 0 when everything matches, {@value #EXIT_DIFFERENT} when anything differs, 2 when it cannot check.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Recompute a report from a workspace and list every number that differs, and every imported "
                + "file that is missing or changed.",
            "Exit code 0: the report holds. 1: something differs. 2: the check could not run."})
public final class VerifyCommand implements Callable<Integer> {

    static final int EXIT_DIFFERENT = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "The workspace folder.")
    Path workspace;

    @Option(names = "--report", required = true, paramLabel = "FILE.splitreport", description = "The report.")
    Path reportFile;

    @Option(names = "--format", paramLabel = "text|csv", description = "Output format (default: text).")
    String format = "text";

    @Override
    public Integer call() {
        String chosen = format.toLowerCase(Locale.ROOT);
        if (!chosen.equals("text") && !chosen.equals("csv")) {
            throw new UserFacingException("Unknown format '" + format + "': use text or csv.");
        }
        ReportService reports = new ReportService(AppVersion.get());
        OpenedReport opened = reports.open(reportFile);
        WorkspaceAnalysis.requireWorkspace(workspace);
        VerifyResult result;
        try (Workspace ws = Workspace.open(workspace)) {
            result = reports.verify(opened.report(), ws, AnalysisMonitor.NONE);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (chosen.equals("csv")) {
            VerifyOutput.csv(result, out);
        } else {
            VerifyOutput.text(result, reportFile, workspace, out);
        }
        out.flush();
        return result.matches() ? 0 : EXIT_DIFFERENT;
    }
}
