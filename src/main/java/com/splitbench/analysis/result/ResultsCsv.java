package com.splitbench.analysis.result;

import com.splitbench.stats.Outcome;
import com.splitbench.stats.inference.Interval;
import com.splitbench.stats.srm.SrmResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The results table as CSV: a header and one row per metric × variant (× segment). This is a contract (the
 * {@code analyze --format csv} output and the report's CSV export): columns are only ever added, never renamed.
 * Numbers are printed with full double precision ({@link Double#toString}); a value that is not computable or not
 * applicable is an empty cell, never NaN. Text cells that a spreadsheet would run as a formula are neutralised.
 */
public final class ResultsCsv {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("experiment", "metric", "variant", "users", "mean",
            "abs_diff", "abs_ci_low", "abs_ci_high", "rel_lift", "rel_ci_low", "rel_ci_high", "p_value",
            "p_value_adjusted", "srm_p_value", "control", "is_control", "metric_type", "role", "direction",
            "segment_dimension", "segment", "numerator", "denominator", "ci_level", "correction", "sequential",
            "chance_to_win", "verdict");

    private ResultsCsv() {
    }

    public static void write(AnalysisResult result, Writer out) {
        try {
            out.write(String.join(",", COLUMNS));
            out.write('\n');
            for (ResultRow row : result.rows()) {
                out.write(String.join(",", cells(result, row)));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> cells(AnalysisResult result, ResultRow row) {
        Outcome<SrmResult> srm = row.segment().isPresent()
                ? result.segmentSrm().getOrDefault(row.segment().get(), result.srm()) : result.srm();
        List<String> cells = new ArrayList<>();
        cells.add(text(result.experimentKey()));
        cells.add(text(row.metric()));
        cells.add(text(row.variant()));
        cells.add(Long.toString(row.users()));
        cells.add(number(row.mean()));
        cells.add(number(row.absoluteDifference()));
        cells.add(bound(row.absoluteInterval(), Interval::lower));
        cells.add(bound(row.absoluteInterval(), Interval::upper));
        cells.add(number(row.relativeLift()));
        cells.add(bound(row.relativeInterval(), Interval::lower));
        cells.add(bound(row.relativeInterval(), Interval::upper));
        cells.add(number(row.pValue()));
        cells.add(number(row.pValueAdjusted()));
        cells.add(number(srm.map(SrmResult::pValue)));
        cells.add(text(result.control()));
        cells.add(Boolean.toString(row.control()));
        cells.add(row.type().name().toLowerCase(Locale.ROOT));
        cells.add(row.role().name().toLowerCase(Locale.ROOT));
        cells.add(row.direction().name().toLowerCase(Locale.ROOT));
        cells.add(text(result.segmentDimension().orElse("")));
        cells.add(text(row.segment().orElse("")));
        cells.add(Double.toString(row.numerator()));
        cells.add(Double.toString(row.denominator()));
        cells.add(Double.toString(result.spec().settings().confidenceLevel()));
        cells.add(row.inFamily() ? result.spec().settings().correction().cliName() : "none");
        cells.add(Boolean.toString(result.spec().settings().sequential()));
        cells.add(number(row.chanceToWin()));
        cells.add(row.verdict().name().toLowerCase(Locale.ROOT));
        return cells;
    }

    private static String number(Outcome<Double> value) {
        return value.asOptional().filter(v -> !v.isNaN()).map(v -> Double.toString(v)).orElse("");
    }

    private static String bound(Outcome<Interval> interval, Function<Interval, Double> bound) {
        return number(interval.map(bound));
    }

    /**
     * Quotes a text cell per RFC 4180 and neutralises formula triggers (=, +, -, @, tab, CR) with a leading
     * apostrophe, as OWASP recommends for CSV injection.
     */
    public static String text(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0
                || !safe.equals(value)) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
