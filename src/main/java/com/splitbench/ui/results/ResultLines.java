package com.splitbench.ui.results;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultRow;
import com.splitbench.spec.Direction;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.inference.Interval;
import com.splitbench.ui.table.DesiredDirection;
import com.splitbench.ui.table.IntervalEstimate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns an analysis result into the significance table's lines: one per metric × treatment (× segment). */
public final class ResultLines {

    private ResultLines() {
    }

    public static List<ResultLine> of(AnalysisResult result) {
        Map<String, ResultRow> controls = new HashMap<>();
        for (ResultRow row : result.rows()) {
            if (row.control()) {
                controls.put(key(row), row);
            }
        }
        List<ResultLine> lines = new ArrayList<>();
        for (ResultRow row : result.rows()) {
            if (row.control()) {
                continue;
            }
            ResultRow control = controls.get(key(row));
            lines.add(line(row, control, result));
        }
        return lines;
    }

    private static ResultLine line(ResultRow row, ResultRow control, AnalysisResult result) {
        ArmValue controlValue = arm(control);
        ArmValue treatment = arm(row);
        double scale = Math.max(Math.abs(controlValue.value()), Math.abs(treatment.value()));
        DesiredDirection desired = row.direction() == Direction.LOWER_IS_BETTER ? DesiredDirection.LOWER_IS_BETTER
                : DesiredDirection.HIGHER_IS_BETTER;
        Difference absolute = new Difference(estimate(row.absoluteDifference(), row.absoluteInterval(), desired),
                false, row.type(), Double.isNaN(scale) ? 1 : scale);
        Difference relative = new Difference(estimate(row.relativeLift(), row.relativeInterval(), desired), true,
                row.type(), 1);
        double p = value(row.pValue());
        PValue pValue = new PValue(row.inFamily() ? value(row.pValueAdjusted()) : p, p, row.inFamily());
        return new ResultLine(row.segment().orElse(""), label(row, result), row.variant(), row.users(), controlValue,
                treatment, absolute, relative, pValue, value(row.chanceToWin()), row, control);
    }

    private static ResultLine.MetricName label(ResultRow row, AnalysisResult result) {
        String role = row.role().name().toLowerCase(Locale.ROOT) + (row.direction() == Direction.LOWER_IS_BETTER
                ? " · lower is better" : "");
        String description = result.spec().metrics().stream().filter(m -> m.name().equals(row.metric()))
                .findFirst().map(MetricWords::describe).orElse(role);
        return new ResultLine.MetricName(row.metric(), role, description);
    }

    private static ArmValue arm(ResultRow row) {
        return new ArmValue(value(row.mean()), row.numerator(), row.denominator(), row.type());
    }

    private static IntervalEstimate estimate(Outcome<Double> estimate, Outcome<Interval> interval,
                                             DesiredDirection desired) {
        double low = interval.asOptional().map(Interval::lower).orElse(Double.NaN);
        double high = interval.asOptional().map(Interval::upper).orElse(Double.NaN);
        boolean significant = interval.asOptional().map(ci -> ci.excludes(0)).orElse(false);
        return new IntervalEstimate(value(estimate), low, high, significant, desired);
    }

    static double value(Outcome<Double> outcome) {
        return outcome.asOptional().orElse(Double.NaN);
    }

    private static String key(ResultRow row) {
        return row.segment().orElse("") + "\u0000" + row.metric();
    }
}
