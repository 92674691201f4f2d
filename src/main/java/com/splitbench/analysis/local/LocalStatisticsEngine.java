package com.splitbench.analysis.local;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.AutomaticMetrics;
import com.splitbench.analysis.StatisticsRequest;
import com.splitbench.analysis.SufficientStatisticsEngine;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.ExposureSeries;
import com.splitbench.analysis.model.HealthCounts;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.local.EventData.EventTypeInfo;
import com.splitbench.common.UserFacingException;
import com.splitbench.spec.ExperimentDefinition;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast per-user → sufficient-statistics step: reads the experiment's assignments and the metric events into
 * primitive arrays in one pass each, then aggregates in Java. See docs/analysis.md for the rules it applies.
 */
public final class LocalStatisticsEngine implements SufficientStatisticsEngine {

    /** Time series longer than this many days are cut (the tail stays in the overall results). */
    static final int MAX_SERIES_DAYS = 400;

    private final EventData data;

    public LocalStatisticsEngine(EventData data) {
        this.data = data;
    }

    @Override
    public List<MetricDefinition> automaticMetrics(String experimentKey) {
        int experiment = experimentSymbol(experimentKey);
        List<String> columns = new ArrayList<>();
        data.userTables(experiment, batch -> batch.columnNames().forEach(c -> {
            if (!columns.contains(c)) {
                columns.add(c);
            }
        }));
        if (!columns.isEmpty()) {
            return AutomaticMetrics.forColumns(columns);
        }
        List<EventTypeInfo> types = data.eventTypes();
        return AutomaticMetrics.forEventTypes(types.stream().map(EventTypeInfo::name).toList(),
                types.stream().map(EventTypeInfo::hasValues).toList());
    }

    @Override
    public ExperimentStatistics compute(StatisticsRequest request, AnalysisMonitor monitor) {
        ExperimentDefinition experiment = request.experiment();
        int experimentSymbol = experimentSymbol(experiment.key());
        monitor.progress(0.0, "Reading assignments of " + experiment.key());
        UserTableColumns table = UserTableColumns.read(data, experimentSymbol);
        ExposureIndex index = table.isEmpty()
                ? ExposureIndex.build(data, experimentSymbol, experiment.from(), experiment.to())
                : ExposureIndex.fromUserTable(data, table, experiment.from(), experiment.to());
        if (index.variants().isEmpty()) {
            throw new UserFacingException("Experiment '" + experiment.key() + "' has no assignments to analyse.");
        }
        monitor.checkCancelled();

        List<MetricProgram> programs = new ArrayList<>();
        List<MetricDefinition> columnMetrics = new ArrayList<>();
        for (MetricDefinition metric : request.metrics()) {
            if (metric.kind() instanceof MetricKind.Column || metric.kind() instanceof MetricKind.ColumnRatio) {
                columnMetrics.add(metric);
            } else {
                programs.add(MetricProgram.compile(metric, data, request.cupedEnabled()));
            }
        }
        long endMillis = experiment.to().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
        long dayOrigin = Math.floorDiv(firstExposure(index), EventScan.DAY_MILLIS) * EventScan.DAY_MILLIS;
        EventScan scan = new EventScan(index, programs, experimentSymbol, symbolCount(), endMillis, dayOrigin,
                request.timeSeries());
        if (!programs.isEmpty() || table.isEmpty()) {
            monitor.progress(0.1, "Scanning metric events");
            try {
                Pipeline.run(data::events, batch -> {
                    monitor.checkCancelled();
                    scan.accept(batch);
                });
            } catch (RuntimeException e) {
                monitor.checkCancelled();
                throw e;
            }
        }
        monitor.checkCancelled();
        long dataEnd = Math.min(endMillis, Math.max(scan.lastEventMillis, index.lastExposure()) + 1);
        int dayCount = (int) Math.min(MAX_SERIES_DAYS,
                Math.max(1, Math.floorDiv(dataEnd - 1 - dayOrigin, EventScan.DAY_MILLIS) + 1));

        monitor.progress(0.7, "Aggregating per variant");
        SegmentMoments segments = new SegmentMoments(index, data);
        List<MetricStatistics> metrics = new ArrayList<>();
        MetricAssembler assembler = new MetricAssembler(index, segments, request.timeSeries(), dayOrigin, dayCount,
                dataEnd);
        // Metrics are independent once the scan is done: assemble them on all cores.
        metrics.addAll(java.util.stream.IntStream.range(0, programs.size()).parallel().mapToObj(m -> {
            monitor.checkCancelled();
            return assembler.eventMetric(programs.get(m), scan, m);
        }).toList());
        for (MetricDefinition metric : columnMetrics) {
            monitor.checkCancelled();
            metrics.add(assembler.columnMetric(metric, table, request.cupedEnabled()));
        }
        List<MetricStatistics> ordered = new ArrayList<>();
        for (MetricDefinition metric : request.metrics()) {
            ordered.add(metrics.stream().filter(s -> s.definition().equals(metric)).findFirst().orElseThrow());
        }
        HealthCounts health = new HealthCounts(index.assignedUsers(), index.multipleVariantUsers(),
                index.outsideRangeUsers(), scan.eventsBeforeExposure, scan.unassignedUserEvents,
                scan.eventsOfExcludedUsers);
        monitor.progress(1.0, "Done");
        return new ExperimentStatistics(experiment.key(), index.variants(),
                java.util.Arrays.stream(index.usersPerVariant()).boxed().toList(),
                exposures(index, dayOrigin, dayCount), health, segments.users(), ordered);
    }

    private int experimentSymbol(String key) {
        return data.symbolId(key).orElseThrow(() -> new UserFacingException("There is no experiment '" + key
                + "' in this workspace. Import its assignments first, or check the key."));
    }

    private int symbolCount() {
        return data.symbolCount();
    }

    private static long firstExposure(ExposureIndex index) {
        long first = Long.MAX_VALUE;
        for (int u = 0; u < index.userCount(); u++) {
            first = Math.min(first, index.exposure(u));
        }
        return first == Long.MAX_VALUE ? 0 : first;
    }

    private static ExposureSeries exposures(ExposureIndex index, long dayOrigin, int dayCount) {
        long[][] counts = new long[dayCount][index.variants().size()];
        for (int u = 0; u < index.userCount(); u++) {
            int day = (int) Math.max(0, Math.min(dayCount - 1,
                    Math.floorDiv(index.exposure(u) - dayOrigin, EventScan.DAY_MILLIS)));
            counts[day][index.variant(u)]++;
        }
        List<String> days = new ArrayList<>();
        List<List<Long>> rows = new ArrayList<>();
        java.time.LocalDate first = java.time.LocalDate.ofEpochDay(Math.floorDiv(dayOrigin, EventScan.DAY_MILLIS));
        for (int d = 0; d < dayCount; d++) {
            days.add(first.plusDays(d).toString());
            rows.add(java.util.Arrays.stream(counts[d]).boxed().toList());
        }
        return new ExposureSeries(days, rows);
    }
}
