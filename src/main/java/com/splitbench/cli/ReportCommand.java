package com.splitbench.cli;

import com.splitbench.app.AppVersion;
import com.splitbench.common.UserFacingException;
import com.splitbench.report.Conclusion;
import com.splitbench.report.Decision;
import com.splitbench.report.Report;
import com.splitbench.report.ReportService;
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
        description = {"Analyse an experiment in a workspace and save a report file that re-opens without the data.",
            "Takes the same analysis options as 'analyze'. Exports HTML, CSV and PNG charts on request."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "The workspace folder.")
    Path workspace;

    @Option(names = "--experiment", required = true, paramLabel = "KEY", description = "The experiment key.")
    String experiment;

    @Mixin
    AnalysisOptions options;

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
        WorkspaceAnalysis.Analysed analysed = WorkspaceAnalysis.run(workspace, experiment, options, true);
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
