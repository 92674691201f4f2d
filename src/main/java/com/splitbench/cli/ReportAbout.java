package com.splitbench.cli;

import com.splitbench.report.ImportedFile;
import com.splitbench.report.OpenedReport;
import com.splitbench.report.Report;
import com.splitbench.report.WarehouseSource;
import com.splitbench.report.WorkspaceSource;
import java.io.PrintWriter;
import java.util.Locale;

/** {@code show --about}: what a report is, in a few lines. File-supplied text is printed without control characters. */
final class ReportAbout {

    private ReportAbout() {
    }

    static void print(OpenedReport opened, PrintWriter out) {
        Report report = opened.report();
        out.println("report:      " + opened.file() + " (format version " + opened.formatVersion() + ")");
        out.println("experiment:  " + clean(report.experimentKey()) + " (" + clean(report.title()) + ")");
        out.println("saved:       " + report.createdAt() + " by Splitbench " + clean(report.appVersion()));
        out.println("decision:    " + report.conclusion().decision().label());
        out.println("variants:    " + clean(String.join(", ", report.statistics().variants())) + "; control "
                + clean(report.results().control()));
        out.println("metrics:     " + report.statistics().metrics().size());
        out.println("source:      " + report.fingerprint().source().summary());
        if (report.fingerprint().source() instanceof WorkspaceSource workspace) {
            for (ImportedFile file : workspace.files()) {
                out.println(String.format(Locale.ROOT, "  %s  %s, %,d rows imported, sha256 %s", clean(file.name()),
                        file.shape(), file.rowsImported(), file.sha256()));
            }
        } else if (report.fingerprint().source() instanceof WarehouseSource warehouse) {
            out.println("  tables " + clean(String.join(", ", warehouse.tables())) + ", query sha256 "
                    + warehouse.queryHash());
        }
        if (!report.conclusion().notes().isBlank()) {
            out.println("notes:");
            report.conclusion().notes().lines().forEach(line -> out.println("  " + clean(line)));
        }
        out.flush();
    }

    /** Control characters from a file could move a terminal's cursor or recolour it. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) ? '?' : c);
        }
        return out.toString();
    }
}
