package com.splitbench.ui.report;

import com.splitbench.report.verify.Difference;
import com.splitbench.report.verify.Difference.Section;
import com.splitbench.report.verify.VerifyResult;
import com.splitbench.ui.table.DisplayFormats;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What verify found, in words: whether every number matches, and which input files changed. */
final class VerifyWords {

    private VerifyWords() {
    }

    static String summary(VerifyResult result) {
        String checked = DisplayFormats.number(result.numbersChecked(), 0) + " numbers and "
                + ReportHeader.count(result.filesChecked(), "input file", "input files") + " compared";
        if (result.matches()) {
            return "Every number matches the workspace: " + checked + ".";
        }
        List<String> parts = new ArrayList<>(files(result.in(Section.FINGERPRINT)));
        if (result.in(Section.FINGERPRINT).stream().anyMatch(d -> d.where().equals("exclusions"))) {
            parts.add("the exclusion counts differ");
        }
        int statistics = result.in(Section.STATISTICS).size();
        int results = result.in(Section.RESULTS).size();
        if (statistics > 0) {
            parts.add(ReportHeader.count(statistics, "statistic differs", "statistics differ"));
        }
        if (results > 0) {
            parts.add(ReportHeader.count(results, "number in the results table differs",
                    "numbers in the results table differ"));
        }
        int differences = result.differences().size();
        return ReportHeader.count(differences, "difference", "differences") + " (" + checked + "): "
                + String.join("; ", parts) + ".";
    }

    /** "events.csv.gz changed", "old.csv is missing from the workspace", "new.csv was imported since". */
    private static List<String> files(List<Difference> fingerprint) {
        Set<String> changed = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        for (Difference d : fingerprint) {
            if (d.where().equals("exclusions") || d.where().equals("warehouse") || d.where().equals("source")) {
                if (!d.where().equals("exclusions")) {
                    words.add("the source changed (" + d.field() + ")");
                }
                continue;
            }
            if (d.field().equals("file")) {
                words.add(d.reportValue().equals("present") ? d.where() + " is missing from the workspace"
                        : d.where() + " was imported since");
            } else {
                changed.add(d.where());
            }
        }
        List<String> all = new ArrayList<>();
        changed.forEach(file -> all.add("the input file " + file + " changed"));
        all.addAll(words);
        return all;
    }

    /** "SHA-256", "rows imported": the field names of the file format, as a reader says them. */
    static String field(String field) {
        return switch (field) {
            case "sha256" -> "SHA-256";
            case "rowsRead" -> "rows read";
            case "rowsImported" -> "rows imported";
            case "rowsRejected" -> "rows rejected";
            case "duplicatesSkipped" -> "duplicates skipped";
            default -> field;
        };
    }
}
