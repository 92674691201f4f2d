package com.splitbench.analysis.sql;

import com.splitbench.analysis.model.Distribution;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.ExposureSeries;
import com.splitbench.analysis.model.HealthCounts;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.model.SeriesPoint;
import com.splitbench.analysis.sql.EventHealthQuery.EventHealth;
import com.splitbench.analysis.sql.ExposureQuery.CountRow;
import com.splitbench.analysis.sql.MomentsQuery.MomentsRow;
import com.splitbench.analysis.sql.PopulationQuery.Population;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Turns the summary rows of one analysis into {@link ExperimentStatistics}, in the local engine's shape. */
final class StatisticsAssembler {

    static final String NO_VALUE = "(none)";

    private final AnalysisPlan plan;
    private final Population population;
    private final SqlTimeline timeline;
    private final List<String> dimensionNames;
    private final List<Integer> dimensions;
    private final List<String> variants;

    StatisticsAssembler(AnalysisPlan plan, Population population, SqlTimeline timeline, List<String> dimensionNames,
            List<Integer> dimensions) {
        this.plan = plan;
        this.population = population;
        this.timeline = timeline;
        this.dimensionNames = dimensionNames;
        this.dimensions = dimensions;
        this.variants = population.variants();
    }

    ExperimentStatistics assemble(EventHealth events, List<CountRow> counts, List<MomentsRow> moments,
            Map<Integer, Distribution> histograms, Map<Integer, Double> caps, SeriesDeltas calendar,
            SeriesDeltas since) {
        HealthCounts health = new HealthCounts(population.assignedUsers(), population.multipleVariantUsers(),
                population.outsideRangeUsers(), events.eventsBeforeExposure(), events.unassignedUserEvents(),
                events.eventsOfExcludedUsers());
        List<Long> users = variants.stream().map(population::usersOf).toList();
        List<MetricStatistics> metrics = new ArrayList<>();
        List<PlannedMetric> eventMetrics = plan.eventMetrics();
        for (PlannedMetric metric : plan.metrics()) {
            int position = metric.index();
            List<SeriesPoint> calendarPoints = List.of();
            List<SeriesPoint> sincePoints = List.of();
            if (metric.isColumnMetric()) {
                calendarPoints = staticCalendar(moments, position);
            } else if (calendar != null) {
                int series = eventMetrics.indexOf(metric);
                List<String> labels = timeline.dayLabels();
                calendarPoints = calendar.cumulative(series, timeline.dayCount(), labels::get);
                sincePoints = since.cumulative(series, Math.max(0, since.maxDay()), k -> Integer.toString(k + 1));
            }
            double cap = caps.get(position);
            metrics.add(new MetricStatistics(metric.definition(), metric.type(),
                    perVariant(moments, MomentsQuery.OVERALL, null, position), metric.hasCovariate(),
                    segmentMoments(moments, position), calendarPoints, sincePoints,
                    Double.isFinite(cap) ? OptionalDouble.of(cap) : OptionalDouble.empty(),
                    histograms.getOrDefault(position, Distribution.EMPTY)));
        }
        return new ExperimentStatistics(plan.experimentKey(), variants, users, exposures(counts), health,
                segmentUsers(counts), metrics);
    }

    private List<Moments> perVariant(List<MomentsRow> rows, int branch, String segment, int metric) {
        Moments[] result = new Moments[variants.size()];
        Arrays.fill(result, Moments.EMPTY);
        for (MomentsRow row : rows) {
            if (row.branch() == branch && (segment == null || segment.equals(segmentName(row.segment())))) {
                result[variants.indexOf(row.variant())] = row.moments().get(metric);
            }
        }
        return List.of(result);
    }

    private Map<String, Map<String, List<Moments>>> segmentMoments(List<MomentsRow> rows, int metric) {
        Map<String, Map<String, List<Moments>>> result = new LinkedHashMap<>();
        for (int k : dimensions) {
            Map<String, List<Moments>> bySegment = new TreeMap<>();
            for (MomentsRow row : rows) {
                if (row.branch() == k) {
                    String segment = segmentName(row.segment());
                    bySegment.computeIfAbsent(segment, s -> perVariant(rows, k, s, metric));
                }
            }
            result.put(dimensionNames.get(k), bySegment);
        }
        return result;
    }

    private List<SeriesPoint> staticCalendar(List<MomentsRow> rows, int metric) {
        if (rows.stream().noneMatch(r -> r.branch() == MomentsQuery.EXPOSURE_DAY)) {
            return List.of();
        }
        List<String> labels = timeline.dayLabels();
        List<SeriesPoint> points = new ArrayList<>();
        Moments[] running = new Moments[variants.size()];
        Arrays.fill(running, Moments.EMPTY);
        for (int day = 0; day < timeline.dayCount(); day++) {
            for (MomentsRow row : rows) {
                if (row.branch() == MomentsQuery.EXPOSURE_DAY && row.day() == day) {
                    int v = variants.indexOf(row.variant());
                    running[v] = running[v].plus(row.moments().get(metric));
                }
            }
            points.add(new SeriesPoint(labels.get(day), List.of(running)));
        }
        return points;
    }

    private ExposureSeries exposures(List<CountRow> counts) {
        long[][] perDay = new long[timeline.dayCount()][variants.size()];
        for (CountRow row : counts) {
            if (row.dimension() < 0) {
                perDay[(int) row.day()][variants.indexOf(row.variant())] += row.users();
            }
        }
        List<List<Long>> rows = new ArrayList<>();
        for (long[] day : perDay) {
            rows.add(Arrays.stream(day).boxed().toList());
        }
        return new ExposureSeries(timeline.dayLabels(), rows);
    }

    private Map<String, Map<String, List<Long>>> segmentUsers(List<CountRow> counts) {
        Map<String, Map<String, List<Long>>> result = new LinkedHashMap<>();
        for (int k : dimensions) {
            Map<String, long[]> bySegment = new TreeMap<>();
            for (CountRow row : counts) {
                if (row.dimension() == k) {
                    bySegment.computeIfAbsent(segmentName(row.segment()), s -> new long[variants.size()])
                            [variants.indexOf(row.variant())] += row.users();
                }
            }
            Map<String, List<Long>> lists = new TreeMap<>();
            bySegment.forEach((segment, perVariant) -> lists.put(segment, Arrays.stream(perVariant).boxed().toList()));
            result.put(dimensionNames.get(k), lists);
        }
        return result;
    }

    private static String segmentName(String value) {
        return value == null ? NO_VALUE : value;
    }
}
