package com.splitbench.report.export;

import static com.splitbench.report.export.HtmlText.escape;

import com.splitbench.analysis.model.HealthCounts;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.report.Conclusion;
import com.splitbench.report.Decision;
import com.splitbench.report.Report;
import com.splitbench.spec.ExperimentDefinition;
import com.splitbench.spec.InvalidSpecException;
import com.splitbench.stats.srm.SrmResult;
import java.util.Map;
import java.util.OptionalDouble;

/** The top of the HTML report: title, decision and notes, the SRM banner, users per variant and data health. */
final class HtmlSummary {

    private HtmlSummary() {
    }

    static void write(StringBuilder out, Report report, AnalysisResult shown) {
        ExperimentDefinition experiment = report.spec().experiment();
        out.append("<header>\n<h1>").append(escape(report.title())).append("</h1>\n<p class=\"meta\">Experiment <span ")
                .append("class=\"key\">").append(escape(report.experimentKey())).append("</span> · report saved ")
                .append(HtmlReport.TIME.format(report.createdAt())).append(" · Splitbench ")
                .append(escape(report.appVersion())).append("</p>\n");
        Conclusion conclusion = report.conclusion();
        out.append("<div class=\"decision ").append(conclusion.decision().fileName()).append("\">Decision: ")
                .append(escape(conclusion.decision().label())).append("</div>\n");
        if (!conclusion.notes().isBlank()) {
            out.append("<div class=\"notes\">").append(escape(conclusion.notes())).append("</div>\n");
        } else if (conclusion.decision() == Decision.UNDECIDED) {
            out.append("<p class=\"meta\">No notes.</p>\n");
        }
        if (!experiment.hypothesis().isBlank()) {
            out.append("<p class=\"hypothesis\">Hypothesis: ").append(escape(experiment.hypothesis())).append("</p>\n");
        }
        out.append("</header>\n");
        if (shown.srmFlagged()) {
            SrmResult srm = shown.srm().orElseThrow();
            out.append("<div class=\"banner\"><strong>Sample ratio mismatch: the results may be invalid.</strong>")
                    .append("The split of users between variants is unlikely under the designed weights (p = ")
                    .append(NumberText.pValue(OptionalDouble.of(srm.pValue())))
                    .append("). Find out why users went missing or were added before trusting any number below.")
                    .append("</div>\n");
        }
        users(out, shown, experiment);
        health(out, shown.health());
    }

    private static void users(StringBuilder out, AnalysisResult shown, ExperimentDefinition experiment) {
        out.append("<h2>Users per variant</h2>\n<table>\n<thead><tr><th>Variant</th><th class=\"num\">Users</th>")
                .append("<th class=\"num\">Share</th><th class=\"num\">Expected share</th></tr></thead>\n<tbody>\n");
        long total = shown.statistics().users().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> expected;
        try {
            expected = experiment.expectedShares(shown.variants());
        } catch (InvalidSpecException e) {
            expected = Map.of();
        }
        for (int v = 0; v < shown.variants().size(); v++) {
            String variant = shown.variants().get(v);
            long users = shown.statistics().users().get(v);
            out.append("<tr><td class=\"name\">").append(escape(variant))
                    .append(variant.equals(shown.control()) ? " <span class=\"meta\">(control)</span>" : "")
                    .append("</td><td class=\"num\">").append(NumberText.count(users)).append("</td><td class=\"num\">")
                    .append(NumberText.percent(total == 0 ? OptionalDouble.empty()
                            : OptionalDouble.of((double) users / total), false))
                    .append("</td><td class=\"num\">")
                    .append(NumberText.percent(expected.containsKey(variant)
                            ? OptionalDouble.of(expected.get(variant)) : OptionalDouble.empty(), false))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n<p>");
        if (shown.srm().isComputed()) {
            SrmResult srm = shown.srm().orElseThrow();
            out.append("Sample-ratio check: χ² = ").append(NumberText.number(OptionalDouble.of(srm.chiSquare()), false))
                    .append(", p = ").append(NumberText.pValue(OptionalDouble.of(srm.pValue())))
                    .append(srm.flagged() ? " — <strong>flagged</strong>" : " — the split matches the design")
                    .append(" (flagged below p = ").append(srm.threshold()).append(").");
        } else {
            out.append("Sample-ratio check: not computable (").append(escape(shown.srm().explanation())).append(").");
        }
        out.append("</p>\n");
    }

    private static void health(StringBuilder out, HealthCounts h) {
        out.append("<h2>Data health</h2>\n<dl class=\"facts\">\n");
        fact(out, "Users assigned", h.assignedUsers());
        fact(out, "Excluded: assigned to more than one variant", h.multipleVariantUsers());
        fact(out, "Excluded: first exposed outside the date range", h.outsideDateRangeUsers());
        fact(out, "Events before exposure (not counted)", h.eventsBeforeExposure());
        fact(out, "Events of users never assigned (ignored)", h.unassignedUserEvents());
        fact(out, "Events of excluded users (ignored)", h.eventsOfExcludedUsers());
        out.append("</dl>\n");
    }

    private static void fact(StringBuilder out, String label, long value) {
        out.append("<dt>").append(label).append("</dt><dd>").append(NumberText.count(value)).append("</dd>\n");
    }
}
