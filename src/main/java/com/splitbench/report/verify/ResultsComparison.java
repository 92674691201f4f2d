package com.splitbench.report.verify;

import com.splitbench.report.SavedResults;
import com.splitbench.report.SavedRow;
import com.splitbench.report.verify.Difference.Section;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** Compares the results table as saved with the table recomputed from the data, cell by cell. */
final class ResultsComparison {

    private ResultsComparison() {
    }

    static Comparisons compare(SavedResults report, SavedResults current) {
        Comparisons out = new Comparisons(Section.RESULTS);
        out.text("", "", "", "control", report.control(), current.control());
        optional(out, "", "", "overall", "srm_p_value", report.srmPValue(), current.srmPValue());
        Map<String, SavedRow> now = new LinkedHashMap<>();
        current.rows().forEach(row -> now.put(row.key(), row));
        for (SavedRow row : report.rows()) {
            SavedRow other = now.remove(row.key());
            String where = row.segment().map(s -> "segment " + s).orElse("overall");
            if (other == null) {
                out.add(row.metric(), row.variant(), where, "row", "present", Difference.ABSENT);
                continue;
            }
            Map<String, OptionalDouble> a = row.numbers();
            Map<String, OptionalDouble> b = other.numbers();
            a.forEach((field, value) -> optional(out, row.metric(), row.variant(), where, field, value,
                    b.get(field)));
            out.text(row.metric(), row.variant(), where, "verdict", row.verdict().name().toLowerCase(
                    java.util.Locale.ROOT), other.verdict().name().toLowerCase(java.util.Locale.ROOT));
        }
        for (SavedRow extra : now.values()) {
            out.add(extra.metric(), extra.variant(), extra.segment().map(s -> "segment " + s).orElse("overall"),
                    "row", Difference.ABSENT, "present");
        }
        return out;
    }

    private static void optional(Comparisons out, String metric, String variant, String where, String field,
            OptionalDouble report, OptionalDouble current) {
        if (report.isPresent() && current.isPresent()) {
            out.number(metric, variant, where, field, report.getAsDouble(), current.getAsDouble());
        } else if (report.isPresent() != current.isPresent()) {
            out.add(metric, variant, where, field, text(report), text(current));
        }
    }

    private static String text(OptionalDouble value) {
        return value.isPresent() ? Double.toString(value.getAsDouble()) : "not computable";
    }
}
