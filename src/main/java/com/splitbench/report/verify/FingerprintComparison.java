package com.splitbench.report.verify;

import com.splitbench.analysis.model.HealthCounts;
import com.splitbench.report.DataFingerprint;
import com.splitbench.report.ImportedFile;
import com.splitbench.report.SourceDescription;
import com.splitbench.report.WarehouseSource;
import com.splitbench.report.WorkspaceSource;
import com.splitbench.report.verify.Difference.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares a report's data fingerprint with the data at hand. Files are matched by content (SHA-256) first, so a
 * renamed copy of the same file is the same data, then by name, so a changed file shows as a changed SHA-256.
 */
final class FingerprintComparison {

    private FingerprintComparison() {
    }

    static Comparisons compare(DataFingerprint report, SourceDescription currentSource, HealthCounts currentHealth) {
        Comparisons out = new Comparisons(Section.FINGERPRINT);
        SourceDescription source = report.source();
        if (source instanceof WorkspaceSource r && currentSource instanceof WorkspaceSource c) {
            files(r.files(), c.files(), out);
        } else if (source instanceof WarehouseSource r && currentSource instanceof WarehouseSource c) {
            out.text("", "", "warehouse", "engine", r.engine(), c.engine());
            out.text("", "", "warehouse", "tables", String.join(", ", r.tables()), String.join(", ", c.tables()));
            out.text("", "", "warehouse", "query SHA-256", r.queryHash(), c.queryHash());
        } else {
            out.add("", "", "source", "kind", source.summary(), currentSource.summary());
        }
        HealthCounts r = report.exclusions();
        HealthCounts c = currentHealth;
        out.count("", "", "exclusions", "assignedUsers", r.assignedUsers(), c.assignedUsers());
        out.count("", "", "exclusions", "multipleVariantUsers", r.multipleVariantUsers(), c.multipleVariantUsers());
        out.count("", "", "exclusions", "outsideDateRangeUsers", r.outsideDateRangeUsers(),
                c.outsideDateRangeUsers());
        out.count("", "", "exclusions", "eventsBeforeExposure", r.eventsBeforeExposure(), c.eventsBeforeExposure());
        out.count("", "", "exclusions", "unassignedUserEvents", r.unassignedUserEvents(), c.unassignedUserEvents());
        out.count("", "", "exclusions", "eventsOfExcludedUsers", r.eventsOfExcludedUsers(),
                c.eventsOfExcludedUsers());
        return out;
    }

    private static void files(List<ImportedFile> report, List<ImportedFile> current, Comparisons out) {
        List<ImportedFile> unmatched = new ArrayList<>(current);
        for (ImportedFile file : report) {
            Optional<ImportedFile> same = unmatched.stream().filter(f -> f.sha256().equals(file.sha256())).findFirst()
                    .or(() -> unmatched.stream().filter(f -> f.name().equals(file.name())).findFirst());
            if (same.isEmpty()) {
                out.add("", "", file.name(), "file", "present", "missing from the workspace");
                continue;
            }
            ImportedFile now = same.get();
            unmatched.remove(now);
            out.text("", "", file.name(), "sha256", file.sha256(), now.sha256());
            out.count("", "", file.name(), "size", file.size(), now.size());
            out.count("", "", file.name(), "rowsRead", file.rowsRead(), now.rowsRead());
            out.count("", "", file.name(), "rowsImported", file.rowsImported(), now.rowsImported());
            out.count("", "", file.name(), "rowsRejected", file.rowsRejected(), now.rowsRejected());
            out.count("", "", file.name(), "duplicatesSkipped", file.duplicatesSkipped(), now.duplicatesSkipped());
        }
        for (ImportedFile extra : unmatched) {
            out.add("", "", extra.name(), "file", "not in the report", "imported in the workspace");
        }
    }
}
