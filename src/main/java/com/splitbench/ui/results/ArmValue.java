package com.splitbench.ui.results;

import com.splitbench.analysis.model.StatisticType;
import com.splitbench.ui.table.TsvExpandable;
import java.util.List;

/**
 * A variant's value in a results cell, with the sums it comes from underneath: copies as three columns.
 *
 * @param value       the conversion rate, mean per user or ratio (NaN when not computable)
 * @param numerator   Σy: conversions, summed value, or the ratio's numerator
 * @param denominator users, or the ratio's Σ denominator
 */
public record ArmValue(double value, double numerator, double denominator, StatisticType type)
        implements TsvExpandable {

    public String text() {
        return ResultFormats.value(value, type);
    }

    public String countsText() {
        return ResultFormats.counts(numerator, denominator);
    }

    @Override
    public List<String> tsvHeaders(String columnName) {
        return List.of(columnName, columnName + " numerator", columnName + " denominator");
    }

    @Override
    public List<Object> tsvValues() {
        return List.of(value, numerator, denominator);
    }
}
