package com.splitbench.report.export;

import static com.splitbench.report.export.HtmlText.escape;

import com.splitbench.report.ImportedFile;
import com.splitbench.report.Report;
import com.splitbench.report.WarehouseSource;
import com.splitbench.report.WorkspaceSource;

/** The data fingerprint: the files (or warehouse query) the numbers came from, so a reader can check them. */
final class HtmlFingerprint {

    private HtmlFingerprint() {
    }

    static void write(StringBuilder out, Report report) {
        out.append("<h2>Data fingerprint</h2>\n");
        if (report.fingerprint().source() instanceof WarehouseSource w) {
            out.append("<p>Computed on a warehouse; only summary rows left it. Re-check these numbers there with ")
                    .append("<span class=\"key\">splitbench verify --report FILE.splitreport --source URL|NAME")
                    .append("</span> and the same table mapping.</p>\n");
            out.append("<dl class=\"facts\"><dt>Source</dt><dd>Warehouse (").append(escape(w.engine()))
                    .append(")</dd><dt>Tables</dt><dd>").append(escape(String.join(", ", w.tables())))
                    .append("</dd><dt>Query SHA-256</dt><dd class=\"sha\">").append(escape(w.queryHash()))
                    .append("</dd></dl>\n");
            return;
        }
        out.append("<p>Re-check these numbers against the data with <span class=\"key\">")
                .append("splitbench verify --workspace DIR --report FILE.splitreport</span>.</p>\n");
        WorkspaceSource source = (WorkspaceSource) report.fingerprint().source();
        if (source.files().isEmpty()) {
            out.append("<p class=\"meta\">No imported files are recorded.</p>\n");
            return;
        }
        out.append("<table>\n<thead><tr><th>File</th><th>Kind</th><th class=\"num\">Rows read</th>")
                .append("<th class=\"num\">Imported</th><th class=\"num\">Rejected</th>")
                .append("<th class=\"num\">Duplicates</th><th class=\"num\">Bytes</th><th>SHA-256</th></tr></thead>\n")
                .append("<tbody>\n");
        for (ImportedFile file : source.files()) {
            out.append("<tr><td class=\"name\">").append(escape(file.name())).append("</td><td>")
                    .append(escape(file.shape())).append(file.experiment().map(e -> " (" + escape(e) + ")").orElse(""))
                    .append("</td><td class=\"num\">").append(NumberText.count(file.rowsRead()))
                    .append("</td><td class=\"num\">").append(NumberText.count(file.rowsImported()))
                    .append("</td><td class=\"num\">").append(NumberText.count(file.rowsRejected()))
                    .append("</td><td class=\"num\">").append(NumberText.count(file.duplicatesSkipped()))
                    .append("</td><td class=\"num\">").append(NumberText.count(file.size()))
                    .append("</td><td class=\"sha\">").append(escape(file.sha256())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }
}
