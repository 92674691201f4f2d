package com.splitbench.report.export;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * A report as one self-contained HTML file: conclusion, results table, sample-ratio and health checks, charts,
 * the methodology and the data fingerprint. It makes no network request: the style sheet is inline and allowed
 * only by its hash, the charts are PNG data URIs, there is no script, and a Content-Security-Policy forbids
 * everything else. Every user-supplied text is escaped.
 */
public final class HtmlReport {

    private static final String CSS = loadCss();
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private HtmlReport() {
    }

    /**
     * @param report the report (conclusion, fingerprint, provenance)
     * @param shown the results to show: the report's own, or re-sliced under other settings
     */
    public static String render(Report report, AnalysisResult shown) {
        StringBuilder out = new StringBuilder(256 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(contentSecurityPolicy())
                .append("\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Splitbench ").append(HtmlText.escape(report.appVersion()))
                .append("\">\n")
                .append("<title>").append(HtmlText.escape(report.title())).append(" · Splitbench report</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        HtmlSummary.write(out, report, shown);
        HtmlResultsTable.write(out, shown);
        HtmlCharts.write(out, shown);
        HtmlMethodology.write(out, shown);
        HtmlFingerprint.write(out, report);
        out.append("<footer>Written by Splitbench ").append(HtmlText.escape(report.appVersion()))
                .append(" from the report saved ").append(TIME.format(report.createdAt()))
                .append(". This page is self-contained: it loads nothing from the network. The full-precision ")
                .append("numbers are in the CSV export and the .splitreport file.</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    /**
     * Nothing may load: no script, no connection, no font, no frame. Images only from data URIs, and style only from
     * the one inline sheet, named by its SHA-256, so that injected markup could not even add a style.
     */
    static String contentSecurityPolicy() {
        return "default-src 'none'; img-src data:; style-src '" + cssHash() + "'; base-uri 'none'; "
                + "form-action 'none'";
    }

    static String cssHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(CSS.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String loadCss() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
