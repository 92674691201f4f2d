package com.splitbench.analysis.model;

import java.util.List;

/**
 * First exposures per calendar day (UTC) and variant.
 *
 * @param days ISO dates, ascending and contiguous
 * @param counts counts[day][variant]
 */
public record ExposureSeries(List<String> days, List<List<Long>> counts) {

    public static final ExposureSeries EMPTY = new ExposureSeries(List.of(), List.of());

    public ExposureSeries {
        days = List.copyOf(days);
        counts = counts.stream().map(List::copyOf).toList();
        if (days.size() != counts.size()) {
            throw new IllegalArgumentException("one row of counts per day");
        }
    }
}
