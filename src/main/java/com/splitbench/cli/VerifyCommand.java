package com.splitbench.cli;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.app.AppVersion;
import com.splitbench.common.UserFacingException;
import com.splitbench.report.OpenedReport;
import com.splitbench.report.Report;
import com.splitbench.report.ReportService;
import com.splitbench.report.WarehouseSource;
import com.splitbench.report.verify.VerifyResult;
import com.splitbench.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            "A report made on a warehouse is recomputed there: give --source URL|NAME with the same table mapping "
                    + "and credentials as for 'analyze' (--workspace only to find a saved source).",
            "Exit code 0: the report holds. 1: something differs. 2: the check could not run."})
public final class VerifyCommand implements Callable<Integer> {

    static final int EXIT_DIFFERENT = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "The workspace folder (or, with --source NAME, the workspace that saved the source).")
    Path workspace;

    @Option(names = "--report", required = true, paramLabel = "FILE.splitreport", description = "The report.")
    Path reportFile;

    @Option(names = "--format", paramLabel = "text|csv", description = "Output format (default: text).")
    String format = "text";

    @Mixin
    WarehouseOptions warehouse;

    @Override
    public Integer call() {
        String chosen = format.toLowerCase(Locale.ROOT);
        if (!chosen.equals("text") && !chosen.equals("csv")) {
            throw new UserFacingException("Unknown format '" + format + "': use text or csv.");
        }
        ReportService reports = new ReportService(AppVersion.get());
        OpenedReport opened = reports.open(reportFile);
        Report report = opened.report();
        VerifyResult result;
        String against;
        if (warehouse.present()) {
            requireWarehouseReport(report);
            WarehouseRun.Recomputed now = WarehouseRun.statistics(warehouse, workspace, report.analysedSpec(),
                    new StderrAnalysisProgress(spec.commandLine().getErr()));
            result = reports.verify(report, now.statistics(), now.source());
            against = "the warehouse (" + now.source().engine() + ")";
        } else {
            if (workspace == null) {
                throw new UserFacingException("Give --workspace DIR (or --source URL|NAME for a report made on a "
                        + "warehouse).");
            }
            requireWorkspaceReport(report);
            WorkspaceAnalysis.requireWorkspace(workspace);
            try (Workspace ws = Workspace.open(workspace)) {
                result = reports.verify(report, ws, AnalysisMonitor.NONE);
            }
            against = workspace.toString();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (chosen.equals("csv")) {
            VerifyOutput.csv(result, out);
        } else {
            VerifyOutput.text(result, reportFile, against, warehouse.present(), out);
        }
        out.flush();
        return result.matches() ? 0 : EXIT_DIFFERENT;
    }

    /**
     * A warehouse report's numbers came from the warehouse; a workspace holding an export of the same tables could
     * agree by luck or differ for reasons verify cannot tell apart, so the check runs on the warehouse.
     */
    private void requireWorkspaceReport(Report report) {
        if (report.fingerprint().source() instanceof WarehouseSource source) {
            throw new UserFacingException(reportFile + " was computed on a warehouse ("
                    + ReportAbout.clean(source.engine()) + ": "
                    + ReportAbout.clean(String.join(", ", source.tables())) + "), not from a workspace's imported "
                    + "files. Verify it on the warehouse: splitbench verify --report " + reportFile + " --source "
                    + "URL|NAME with the table mapping and credentials used for the report (--workspace DIR only "
                    + "to find a saved source; see docs/warehouse.md).");
        }
    }

    private void requireWarehouseReport(Report report) {
        if (!(report.fingerprint().source() instanceof WarehouseSource)) {
            throw new UserFacingException(reportFile + " was computed from a workspace's imported files, not on a "
                    + "warehouse. Verify it with --workspace DIR and without --source.");
        }
    }
}
