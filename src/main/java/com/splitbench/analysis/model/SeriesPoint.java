package com.splitbench.analysis.model;

import java.util.List;

/**
 * Cumulative per-variant moments at one point of a time series.
 *
 * @param label the calendar day (ISO date) or the number of days since exposure
 * @param moments per variant
 */
public record SeriesPoint(String label, List<Moments> moments) {

    public SeriesPoint {
        moments = List.copyOf(moments);
    }
}
