package com.splitbench.report;

import com.splitbench.analysis.result.ResultRow;
import com.splitbench.analysis.result.Verdict;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.inference.Interval;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * One row of the results table as the author saw it when the report was saved. The numbers are those of the
 * {@code analyze --format csv} columns of the same name; an empty value was not computable (or not finite).
 */
public record SavedRow(String metric, String variant, Optional<String> segment, boolean control, long users,
        double numerator, double denominator, OptionalDouble mean, OptionalDouble absoluteDifference,
        OptionalDouble absoluteLow, OptionalDouble absoluteHigh, OptionalDouble relativeLift,
        OptionalDouble relativeLow, OptionalDouble relativeHigh, OptionalDouble pValue,
        OptionalDouble pValueAdjusted, OptionalDouble chanceToWin, boolean inFamily, Verdict verdict) {

    public SavedRow {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(verdict, "verdict");
        segment = segment == null ? Optional.empty() : segment;
    }

    public static SavedRow of(ResultRow row) {
        return new SavedRow(row.metric(), row.variant(), row.segment(), row.control(), row.users(),
                row.numerator(), row.denominator(), value(row.mean()), value(row.absoluteDifference()),
                bound(row.absoluteInterval(), Interval::lower), bound(row.absoluteInterval(), Interval::upper),
                value(row.relativeLift()), bound(row.relativeInterval(), Interval::lower),
                bound(row.relativeInterval(), Interval::upper), value(row.pValue()), value(row.pValueAdjusted()),
                value(row.chanceToWin()), row.inFamily(), row.verdict());
    }

    /** Which row this is: metric, variant and segment. */
    public String key() {
        return metric + " / " + variant + segment.map(s -> " / " + s).orElse("");
    }

    /** The row's numbers by their CSV column name, in column order. */
    public Map<String, OptionalDouble> numbers() {
        Map<String, OptionalDouble> numbers = new LinkedHashMap<>();
        numbers.put("users", OptionalDouble.of(users));
        numbers.put("mean", mean);
        numbers.put("abs_diff", absoluteDifference);
        numbers.put("abs_ci_low", absoluteLow);
        numbers.put("abs_ci_high", absoluteHigh);
        numbers.put("rel_lift", relativeLift);
        numbers.put("rel_ci_low", relativeLow);
        numbers.put("rel_ci_high", relativeHigh);
        numbers.put("p_value", pValue);
        numbers.put("p_value_adjusted", pValueAdjusted);
        numbers.put("chance_to_win", chanceToWin);
        numbers.put("numerator", OptionalDouble.of(numerator));
        numbers.put("denominator", OptionalDouble.of(denominator));
        return numbers;
    }

    private static OptionalDouble value(Outcome<Double> outcome) {
        return outcome.asOptional().filter(Double::isFinite).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    private static OptionalDouble bound(Outcome<Interval> interval, ToDoubleFunction<Interval> bound) {
        return value(interval.map(bound::applyAsDouble));
    }
}
