package com.splitbench.analysis.model;

import com.splitbench.spec.MetricDefinition;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The sufficient statistics of one metric in one experiment.
 *
 * @param definition the metric as analysed (automatic metrics are given a definition too)
 * @param type how it is compared
 * @param overall per variant, in the experiment's variant order
 * @param hasCovariate whether the moments carry a CUPED covariate (x)
 * @param segments dimension → segment value → per-variant moments
 * @param calendar cumulative moments at the end of each calendar day (UTC)
 * @param sinceExposure cumulative moments after each number of days since first exposure, over the users observed
 *     that long
 * @param cap the cap applied to per-user values, when capping is on
 * @param distribution per-variant histogram of the per-user values
 */
public record MetricStatistics(
        MetricDefinition definition,
        StatisticType type,
        List<Moments> overall,
        boolean hasCovariate,
        Map<String, Map<String, List<Moments>>> segments,
        List<SeriesPoint> calendar,
        List<SeriesPoint> sinceExposure,
        OptionalDouble cap,
        Distribution distribution) {

    public MetricStatistics {
        overall = List.copyOf(overall);
        segments = SortedCopies.of(segments);
        calendar = List.copyOf(calendar);
        sinceExposure = List.copyOf(sinceExposure);
    }

    public String name() {
        return definition.name();
    }
}
