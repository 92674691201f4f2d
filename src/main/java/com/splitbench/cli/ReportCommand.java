package com.splitbench.cli;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.app.AppVersion;
import com.splitbench.common.UserFacingException;
import com.splitbench.report.Conclusion;
import com.splitbench.report.Decision;
import com.splitbench.report.Report;
import com.splitbench.report.ReportService;
import com.splitbench.report.SourceDescription;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code splitbench report}: analyse an experiment and save a shareable .splitreport, with optional exports. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse an experiment in a workspace (or, with --source, on a warehouse) and save a report "
                + "file that re-opens without the data.",
            "Takes the same analysis and warehouse options as 'analyze'. Exports HTML, CSV and PNG charts on "
                    + "request. A warehouse report records the engine, the tables and the query's SHA-256, never "
                    + "the URL, user or password."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "The workspace folder (or, with --source NAME, the workspace that saved the source).")
    Path workspace;

    @Option(names = "--experiment", required = true, paramLabel = "KEY", description = "The experiment key.")
    String experiment;

    @Mixin
    AnalysisOptions options;

    @Mixin
    WarehouseOptions warehouse;

    @Option(names = "--out", required = true, paramLabel = "FILE.splitreport", description = "The report to write.")
    Path out;

    @Option(names = "--html", paramLabel = "FILE.html", description = "Also write a self-contained HTML page.")
    Path html;

    @Option(names = "--csv", paramLabel = "FILE.csv", description = "Also write the results table as CSV.")
    Path csv;

    @Option(names = "--png-dir", paramLabel = "DIR", description = "Also write every chart as PNG into DIR.")
    Path pngDir;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Your notes: why, caveats, next steps.")
    String notes;

    @Option(names = "--notes-file", paramLabel = "FILE", description = "Read the notes from a UTF-8 text file.")
    Path notesFile;

    @Option(names = "--decision", paramLabel = "WORD",
            description = "undecided (default), ship, dont_ship, keep_running or inconclusive.")
    String decision;

    @Override
    public Integer call() {
        Headless.ensure();
        Conclusion conclusion = conclusion();
        Analysed analysed = analyse();
        ReportService reports = new ReportService(AppVersion.get());
        Report report = reports.save(analysed.result(), conclusion, analysed.source(), out);
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("Wrote " + out + " (" + report.statistics().metrics().size() + " metrics, "
                + report.statistics().variants().size() + " variants, " + kilobytes(out) + " KB)");
        if (csv != null) {
            reports.exportCsv(analysed.result(), csv);
            printer.println("Wrote " + csv);
        }
        if (html != null) {
            reports.exportHtml(report, analysed.result(), html);
            printer.println("Wrote " + html);
        }
        if (pngDir != null) {
            List<Path> charts = reports.exportChartPngs(analysed.result(), pngDir);
            printer.println("Wrote " + charts.size() + " charts to " + pngDir);
        }
        printer.flush();
        return 0;
    }

    /** The results, with time series (a report keeps them), and the description of their source. */
    private Analysed analyse() {
        if (warehouse.present()) {
            WarehouseRun.Analysed run = WarehouseRun.analyze(warehouse, workspace,
                    WarehouseRun.spec(warehouse, workspace, experiment, options),
                    new StderrAnalysisProgress(spec.commandLine().getErr()), true);
            return new Analysed(run.result(), run.source());
        }
        if (workspace == null) {
            throw new UserFacingException("Give --workspace DIR (or --source URL|NAME for a warehouse).");
        }
        WorkspaceAnalysis.Analysed run = WorkspaceAnalysis.run(workspace, experiment, options, true);
        return new Analysed(run.result(), run.source());
    }

    private record Analysed(AnalysisResult result, SourceDescription source) {
    }

    private Conclusion conclusion() {
        Decision chosen;
        try {
            chosen = decision == null ? Decision.UNDECIDED : Decision.parse(decision);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage());
        }
        if (notes != null && notesFile != null) {
            throw new UserFacingException("Give the notes with --notes or --notes-file, not both.");
        }
        String text = notes;
        if (notesFile != null) {
            try {
                text = Files.readString(notesFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserFacingException("Cannot read the notes file " + notesFile + ": " + e.getMessage(), e);
            }
        }
        if (text != null && text.length() > Conclusion.MAX_NOTES_LENGTH) {
            throw new UserFacingException("The notes are longer than " + Conclusion.MAX_NOTES_LENGTH
                    + " characters.");
        }
        return new Conclusion(chosen, text);
    }

    private static long kilobytes(Path file) {
        try {
            return (Files.size(file) + 1023) / 1024;
        } catch (IOException e) {
            return 0;
        }
    }
}
