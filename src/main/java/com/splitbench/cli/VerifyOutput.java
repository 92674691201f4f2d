package com.splitbench.cli;

import com.splitbench.analysis.result.ResultsCsv;
import com.splitbench.report.verify.Difference;
import com.splitbench.report.verify.VerifyResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints what verify found: an aligned table for people, or CSV for scripts. */
final class VerifyOutput {

    static final List<String> COLUMNS = List.of("section", "metric", "variant", "where", "field", "report_value",
            "current_value");

    private VerifyOutput() {
    }

    static void csv(VerifyResult result, PrintWriter out) {
        out.println(String.join(",", COLUMNS));
        for (Difference d : result.differences()) {
            List<String> cells = cells(d);
            List<String> quoted = new ArrayList<>();
            cells.forEach(cell -> quoted.add(ResultsCsv.text(cell)));
            out.println(String.join(",", quoted));
        }
    }

    /**
     * @param against where the numbers were recomputed, for the first line: a workspace folder, or the warehouse
     * @param onWarehouse whether they were recomputed on a warehouse rather than in a workspace
     */
    static void text(VerifyResult result, Path report, String against, boolean onWarehouse, PrintWriter out) {
        String source = onWarehouse ? "the warehouse" : "the workspace";
        out.println("Verified " + report + " against " + against + " (experiment "
                + ReportAbout.clean(result.experimentKey()) + ").");
        if (!result.differences().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("SECTION", "METRIC", "VARIANT", "WHERE", "FIELD", "REPORT",
                    onWarehouse ? "WAREHOUSE" : "WORKSPACE"));
            result.differences().forEach(d -> rows.add(cells(d)));
            int[] widths = new int[COLUMNS.size()];
            for (List<String> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    widths[c] = Math.min(48, Math.max(widths[c], row.get(c).length()));
                }
            }
            for (List<String> row : rows) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < row.size(); c++) {
                    String cell = ReportAbout.clean(row.get(c));
                    line.append(c == row.size() - 1 ? cell
                            : String.format(Locale.ROOT, "%-" + widths[c] + "s  ", cell));
                }
                out.println(line.toString().stripTrailing());
            }
        }
        String sources = onWarehouse ? "the warehouse's engine, tables and query SHA-256"
                : result.filesChecked() + (result.filesChecked() == 1 ? " source file" : " source files");
        String checked = String.format(Locale.ROOT, "%,d numbers and %s checked; numbers within a relative %s count "
                + "as equal", result.numbersChecked(), sources, result.relativeTolerance());
        if (result.matches()) {
            out.println("The report matches " + source + ": " + checked + ".");
        } else {
            out.println("The report does not match " + source + ": " + result.differences().size()
                    + (result.differences().size() == 1 ? " difference (" : " differences (") + checked + ").");
        }
    }

    private static List<String> cells(Difference d) {
        return List.of(d.section().name().toLowerCase(Locale.ROOT), d.metric(), d.variant(), d.where(), d.field(),
                d.reportValue(), d.currentValue());
    }
}
