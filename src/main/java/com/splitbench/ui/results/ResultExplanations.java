package com.splitbench.ui.results;

import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.model.StatisticType;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultRow;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.stats.comparison.ComparisonResult;
import com.splitbench.stats.inference.AbsoluteDifference;
import com.splitbench.stats.inference.ArmEstimate;
import com.splitbench.stats.inference.Interval;
import com.splitbench.stats.inference.RelativeLift;
import java.util.Locale;

/**
 * "Explain this number": how a cell of the significance table was computed, from the comparison the statistics
 * engine returned: the formula, the inputs, the standard error, the degrees of freedom, the method, and the
 * choices that applied (confidence level, correction, CUPED, sequential, Bayesian view, segment).
 */
public final class ResultExplanations {

    private ResultExplanations() {
    }

    /**
     * The explanation of one cell; a title line, then the steps.
     *
     * @param relativeView whether the table's main difference column shows the relative lift
     */
    public static String explain(AnalysisResult result, ResultLine line, ResultColumn column, boolean relativeView) {
        ResultRow row = line.row();
        StringBuilder text = new StringBuilder();
        text.append(row.metric()).append(" · ").append(row.variant()).append(" vs ").append(result.control())
                .append(line.segment().isEmpty() ? "" : " · " + result.segmentDimension().orElse("segment") + " = "
                        + line.segment()).append("\n\n");
        ComparisonResult comparison = row.comparison().orElse(null);
        switch (column) {
            case CONTROL -> value(text, line.controlRow(), comparison == null ? null : comparison.controlArm()
                    .asOptional().orElse(null));
            case TREATMENT, USERS -> value(text, row, comparison == null ? null : comparison.treatmentArm()
                    .asOptional().orElse(null));
            case DIFFERENCE -> difference(text, row, comparison, relativeView);
            case OTHER_DIFFERENCE -> difference(text, row, comparison, !relativeView);
            case P_VALUE -> ResultTestExplanations.pValue(text, result, row, comparison);
            case CHANCE_TO_WIN -> ResultTestExplanations.bayesian(text, comparison);
            default -> metric(text, result, row.metric());
        }
        text.append("\n");
        ResultTestExplanations.choices(text, result, row, comparison);
        return text.toString().strip();
    }

    private static void value(StringBuilder text, ResultRow row, ArmEstimate adjusted) {
        String mean = Numbers.of(ResultLines.value(row.mean()));
        switch (row.type()) {
            case BINARY -> text.append("Conversion rate of ").append(row.variant())
                    .append("\n  = users with the event / users\n  = ");
            case MEAN -> text.append("Mean per user of ").append(row.variant())
                    .append("\n  = Σ value per user / users\n  = ");
            case RATIO -> text.append("Ratio of ").append(row.variant())
                    .append("\n  = Σ numerator / Σ denominator (over users)\n  = ");
        }
        text.append(Numbers.of(row.numerator())).append(" / ").append(Numbers.of(row.denominator()))
                .append("\n  = ").append(mean).append("\n");
        if (!row.mean().isComputed()) {
            text.append("Not computable: ").append(row.mean().explanation()).append("\n");
        }
        text.append("Users analysed for this metric: ").append(Numbers.of(row.users())).append("\n");
        if (adjusted != null && Math.abs(adjusted.mean() - ResultLines.value(row.mean())) > 1e-15) {
            text.append("CUPED-adjusted value used in the comparison: ").append(Numbers.of(adjusted.mean()))
                    .append(" (SE ").append(Numbers.of(adjusted.standardError())).append(")\n");
        } else if (adjusted != null) {
            text.append("Standard error of this value: ").append(Numbers.of(adjusted.standardError()))
                    .append(" (per-user variance ").append(Numbers.of(adjusted.variance())).append(")\n");
        }
    }

    private static void difference(StringBuilder text, ResultRow row, ComparisonResult comparison,
                                   boolean relative) {
        if (comparison == null) {
            text.append("The control row has no difference.\n");
            return;
        }
        if (relative) {
            text.append("Relative lift = (treatment − control) / |control|\n");
            if (!comparison.relative().isComputed()) {
                text.append("Not computable: ").append(comparison.relative().explanation()).append("\n");
                return;
            }
            RelativeLift lift = comparison.relative().orElseThrow();
            text.append("  estimate = ").append(Numbers.of(lift.estimate())).append(" (")
                    .append(Numbers.percent(lift.estimate())).append(")\n  control (denominator) = ")
                    .append(Numbers.of(lift.baseline())).append("\n  SE (delta method) = ")
                    .append(Numbers.of(lift.standardError())).append("\n");
            interval(text, row.relativeInterval().asOptional().orElse(null), lift.interval());
            text.append("Method: ").append(lift.method()).append("\n");
            return;
        }
        text.append("Absolute difference Δ = treatment − control\n");
        if (!comparison.absolute().isComputed()) {
            text.append("Not computable: ").append(comparison.absolute().explanation()).append("\n");
            return;
        }
        AbsoluteDifference absolute = comparison.absolute().orElseThrow();
        comparison.treatmentArm().asOptional().ifPresent(t -> comparison.controlArm().asOptional().ifPresent(c ->
                text.append("  Δ = ").append(Numbers.of(t.mean())).append(" − ").append(Numbers.of(c.mean()))
                        .append("\n")));
        text.append("  = ").append(Numbers.of(absolute.estimate())).append("\n  SE = ")
                .append(Numbers.of(absolute.standardError())).append(row.type() == StatisticType.BINARY
                        ? " (unpooled: √(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂))" : row.type() == StatisticType.MEAN
                        ? " (Welch: √(s₁²/n₁ + s₂²/n₂))" : " (delta method for Σy/Σd)").append("\n");
        interval(text, row.absoluteInterval().asOptional().orElse(null), absolute.interval().asOptional()
                .orElse(null));
        text.append("Method: ").append(absolute.method()).append("\n");
    }

    private static void interval(StringBuilder text, Interval shown, Interval unadjusted) {
        Interval ci = shown != null ? shown : unadjusted;
        if (ci == null) {
            text.append("No interval could be computed.\n");
            return;
        }
        double multiplier = ci.standardError() > 0 ? (ci.upper() - ci.estimate()) / ci.standardError() : Double.NaN;
        text.append("  ").append(String.format(Locale.ROOT, "%.6g", ci.confidenceLevel() * 100)
                        .replaceAll("0+$", "").replaceAll("\\.$", ""))
                .append("% interval = estimate ± ").append(Numbers.of(multiplier)).append(" × SE = [")
                .append(Numbers.of(ci.lower())).append(", ").append(Numbers.of(ci.upper())).append("]\n  shape: ")
                .append(ci.shape().describe()).append("\n");
        if (shown != null && unadjusted != null && shown.significanceLevel() != unadjusted.significanceLevel()) {
            text.append("  widened for the multiple-testing correction from α = ")
                    .append(Numbers.of(unadjusted.significanceLevel())).append(" to α = ")
                    .append(Numbers.of(shown.significanceLevel())).append("\n");
        }
    }

    private static void metric(StringBuilder text, AnalysisResult result, String name) {
        MetricStatistics statistics = result.statistics().metric(name);
        MetricDefinition definition = statistics.definition();
        text.append("Metric ").append(name).append(": ").append(MetricWords.describe(definition)).append("\n");
        if (!definition.description().isBlank()) {
            text.append(definition.description()).append("\n");
        }
        statistics.cap().ifPresent(cap -> text.append("Per-user values capped at ").append(Numbers.of(cap))
                .append("\n"));
    }
}
