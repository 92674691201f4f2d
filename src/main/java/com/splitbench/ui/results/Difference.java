package com.splitbench.ui.results;

import com.splitbench.analysis.model.StatisticType;
import com.splitbench.ui.table.IntervalEstimate;
import com.splitbench.ui.table.TsvExpandable;
import java.util.List;

/**
 * A difference against control with its interval, as a results cell: absolute (in the metric's unit) or relative.
 * Copies as the estimate and the interval's two bounds.
 *
 * @param interval the estimate, bounds, significance and desired direction (which colour the bar)
 * @param relative whether this is the relative lift
 * @param scale    the size of the values compared, which sets the decimals of an absolute difference
 */
public record Difference(IntervalEstimate interval, boolean relative, StatisticType type, double scale)
        implements TsvExpandable {

    public String text() {
        return format(interval.estimate());
    }

    public String intervalText() {
        return ResultFormats.interval(interval.low(), interval.high(), this::format);
    }

    public String format(double value) {
        return relative ? ResultFormats.lift(value) : ResultFormats.difference(value, type, scale);
    }

    @Override
    public List<String> tsvHeaders(String columnName) {
        return interval.tsvHeaders(columnName);
    }

    @Override
    public List<Object> tsvValues() {
        return interval.tsvValues();
    }
}
