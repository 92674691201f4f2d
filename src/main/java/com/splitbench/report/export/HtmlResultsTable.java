package com.splitbench.report.export;

import static com.splitbench.report.export.HtmlText.escape;

import com.splitbench.analysis.model.StatisticType;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultRow;
import com.splitbench.analysis.result.Verdict;
import com.splitbench.report.SavedRow;
import com.splitbench.spec.Correction;
import com.splitbench.spec.Direction;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** The results table: one row per metric × variant (× segment), control first, verdicts coloured by direction. */
final class HtmlResultsTable {

    private HtmlResultsTable() {
    }

    static void write(StringBuilder out, AnalysisResult result) {
        boolean segmented = result.segmentDimension().isPresent();
        boolean corrected = result.spec().settings().correction() != Correction.NONE;
        boolean bayesian = result.spec().settings().bayesian();
        out.append("<h2>Results</h2>\n<p class=\"legend\">Each treatment is compared with <strong>")
                .append(escape(result.control())).append("</strong>. Intervals are ")
                .append(ForestPlot.intervalName(result, true)).append(". ")
                .append("<span class=\"verdict better\">Better</span> and <span class=\"verdict worse\">Worse</span> ")
                .append("take each metric's desired direction into account.");
        segmented(out, result);
        out.append("</p>\n<table>\n<thead><tr>");
        if (segmented) {
            out.append("<th>").append(escape(result.segmentDimension().get())).append("</th>");
        }
        out.append("<th>Metric</th><th>Variant</th><th class=\"num\">Users</th><th class=\"num\">Value</th>")
                .append("<th class=\"num\">Difference</th><th class=\"num\">Relative lift</th>")
                .append("<th class=\"num\">p-value</th>");
        if (corrected) {
            out.append("<th class=\"num\">p (adj.)</th>");
        }
        if (bayesian) {
            out.append("<th class=\"num\">Chance to win</th>");
        }
        out.append("<th>Verdict</th></tr></thead>\n<tbody>\n");
        Optional<String> lastGroup = Optional.empty();
        for (ResultRow row : result.rows()) {
            Optional<String> group = Optional.of(row.segment().orElse("") + "\u0000" + row.metric());
            boolean first = !group.equals(lastGroup);
            lastGroup = group;
            row(out, row, first, segmented, corrected, bayesian);
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void segmented(StringBuilder out, AnalysisResult result) {
        if (result.segmentDimension().isEmpty()) {
            return;
        }
        out.append(" Broken down by <strong>").append(escape(result.segmentDimension().get()))
                .append("</strong>; the correction applies within each segment.");
    }

    private static void row(StringBuilder out, ResultRow resultRow, boolean first, boolean segmented,
            boolean corrected, boolean bayesian) {
        SavedRow row = SavedRow.of(resultRow);
        boolean binary = resultRow.type() == StatisticType.BINARY;
        String css = (first ? "metric-start" : "") + (row.control() ? " control" : "");
        out.append("<tr class=\"").append(css.trim()).append("\">");
        if (segmented) {
            out.append("<td class=\"name\">").append(first ? escape(row.segment().orElse("")) : "").append("</td>");
        }
        out.append("<td class=\"name\">").append(first ? escape(row.metric()) + direction(resultRow) : "")
                .append("</td><td class=\"name\">").append(escape(row.variant())).append("</td>")
                .append("<td class=\"num\">").append(NumberText.count(row.users())).append("</td>")
                .append("<td class=\"num\">").append(binary ? NumberText.percent(row.mean(), false)
                        : NumberText.number(row.mean(), false)).append("</td>");
        if (row.control()) {
            out.append("<td class=\"num\">").append(NumberText.NONE).append("</td><td class=\"num\">")
                    .append(NumberText.NONE).append("</td><td class=\"num\">").append(NumberText.NONE).append("</td>");
            if (corrected) {
                out.append("<td class=\"num\">").append(NumberText.NONE).append("</td>");
            }
            if (bayesian) {
                out.append("<td class=\"num\">").append(NumberText.NONE).append("</td>");
            }
        } else {
            String verdictClass = row.verdict() == Verdict.BETTER ? " better" : row.verdict() == Verdict.WORSE
                    ? " worse" : "";
            out.append("<td class=\"num\">").append(difference(row.absoluteDifference(), binary))
                    .append("<span class=\"ci\">").append(interval(row.absoluteLow(), row.absoluteHigh(), binary))
                    .append("</span></td><td class=\"num").append(verdictClass).append("\">")
                    .append(NumberText.percent(row.relativeLift(), true)).append("<span class=\"ci\">")
                    .append(bounds(NumberText.percent(row.relativeLow(), true),
                            NumberText.percent(row.relativeHigh(), true)))
                    .append("</span></td><td class=\"num\">").append(NumberText.pValue(row.pValue())).append("</td>");
            if (corrected) {
                out.append("<td class=\"num\">").append(row.inFamily() ? NumberText.pValue(row.pValueAdjusted())
                        : "not in family").append("</td>");
            }
            if (bayesian) {
                out.append("<td class=\"num\">").append(NumberText.percent(row.chanceToWin(), false)).append("</td>");
            }
        }
        out.append("<td><span class=\"verdict ").append(row.verdict().name().toLowerCase(Locale.ROOT)).append("\">")
                .append(verdict(row.verdict())).append("</span></td></tr>\n");
    }

    private static String direction(ResultRow row) {
        return row.direction() == Direction.LOWER_IS_BETTER ? " <span class=\"meta\">(lower is better)</span>" : "";
    }

    private static String difference(OptionalDouble value, boolean binary) {
        return binary ? NumberText.percent(value, true).replace(" %", " pp") : NumberText.number(value, true);
    }

    private static String interval(OptionalDouble low, OptionalDouble high, boolean binary) {
        return bounds(difference(low, binary), difference(high, binary));
    }

    private static String bounds(String low, String high) {
        return low.equals(NumberText.NONE) && high.equals(NumberText.NONE) ? "" : "[" + low + ", " + high + "]";
    }

    static String verdict(Verdict verdict) {
        return switch (verdict) {
            case BETTER -> "Better";
            case WORSE -> "Worse";
            case INCONCLUSIVE -> "No clear difference";
            case NOT_COMPUTABLE -> "Not computable";
            case BASELINE -> "Baseline";
        };
    }
}
