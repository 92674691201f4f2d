package com.splitbench.ui.report;

import com.splitbench.analysis.model.HealthCounts;
import com.splitbench.report.DataFingerprint;
import com.splitbench.report.Decision;
import com.splitbench.report.ImportedFile;
import com.splitbench.report.OpenedReport;
import com.splitbench.report.Report;
import com.splitbench.report.WarehouseSource;
import com.splitbench.report.WorkspaceSource;
import com.splitbench.ui.table.DisplayFormats;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the top of a report's page says: the decision, the notes, who saved it when with which version, and the
 * data fingerprint. Built from an opened report; holds no nodes.
 *
 * @param title        the experiment's name
 * @param decision     the author's decision
 * @param notes        the author's notes; empty when there are none
 * @param provenance   e.g. "Saved 2026-03-20 17:45 CET with Splitbench 0.1.0 · experiment checkout_redesign"
 * @param fileDescription where the report was read from, and in which format version
 * @param source       e.g. "workspace: 3 imported files · 15,951 users assigned"
 * @param files        the imported files (or warehouse tables and query) the numbers came from
 * @param exclusions   the exclusion counts, label and number
 */
public record ReportHeader(String title, Decision decision, String notes, String provenance,
                           String fileDescription, String source, List<FingerprintLine> files,
                           List<FingerprintLine> exclusions) {

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.US);

    public ReportHeader {
        files = List.copyOf(files);
        exclusions = List.copyOf(exclusions);
    }

    /** @param zone the time zone the save time is shown in (the user's) */
    public static ReportHeader of(OpenedReport opened, ZoneId zone) {
        Report report = opened.report();
        String provenance = "Saved " + SAVED_AT.format(report.createdAt().atZone(zone)) + " with Splitbench "
                + report.appVersion() + " · experiment " + report.experimentKey();
        String file = opened.file() + " (report format version " + opened.formatVersion() + ")";
        DataFingerprint fingerprint = report.fingerprint();
        String source = fingerprint.source().summary() + " · "
                + count(fingerprint.exclusions().assignedUsers(), "user", "users") + " assigned";
        return new ReportHeader(report.title(), report.conclusion().decision(), report.conclusion().notes(),
                provenance, file, source, files(fingerprint), exclusions(fingerprint.exclusions()));
    }

    private static List<FingerprintLine> files(DataFingerprint fingerprint) {
        List<FingerprintLine> lines = new ArrayList<>();
        if (fingerprint.source() instanceof WorkspaceSource workspace) {
            for (ImportedFile file : workspace.files()) {
                lines.add(new FingerprintLine(file.name(), file.shape() + file.experiment().map(e -> " of " + e)
                        .orElse("") + " · " + count(file.rowsImported(), "row", "rows") + " imported"
                        + (file.rowsRejected() > 0 ? " · " + count(file.rowsRejected(), "row", "rows") + " rejected"
                        : "") + (file.duplicatesSkipped() > 0 ? " · " + count(file.duplicatesSkipped(), "duplicate",
                        "duplicates") + " skipped" : "") + " · " + size(file.size()), file.sha256()));
            }
        } else if (fingerprint.source() instanceof WarehouseSource warehouse) {
            for (String table : warehouse.tables()) {
                lines.add(new FingerprintLine(table, "table read in " + warehouse.engine(), ""));
            }
            lines.add(new FingerprintLine("query", "the SQL that computed the statistics", warehouse.queryHash()));
        }
        return lines;
    }

    private static List<FingerprintLine> exclusions(HealthCounts counts) {
        return List.of(
                line("Users assigned", counts.assignedUsers()),
                line("Users in several variants (excluded)", counts.multipleVariantUsers()),
                line("Users exposed outside the date range (excluded)", counts.outsideDateRangeUsers()),
                line("Events before exposure (not counted)", counts.eventsBeforeExposure()),
                line("Events of users never assigned (ignored)", counts.unassignedUserEvents()),
                line("Events of excluded users (ignored)", counts.eventsOfExcludedUsers()));
    }

    private static FingerprintLine line(String label, long value) {
        return new FingerprintLine(label, DisplayFormats.number(value, 0), "");
    }

    static String count(long value, String one, String many) {
        return DisplayFormats.number(value, 0) + " " + (value == 1 ? one : many);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kilobytes = bytes / 1024.0;
        return kilobytes < 1024 ? DisplayFormats.number(kilobytes, 1) + " KB"
                : DisplayFormats.number(kilobytes / 1024, 1) + " MB";
    }
}
