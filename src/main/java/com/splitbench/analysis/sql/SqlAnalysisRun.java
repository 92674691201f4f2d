package com.splitbench.analysis.sql;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.StatisticsRequest;
import com.splitbench.analysis.model.Distribution;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.StatisticType;
import com.splitbench.analysis.sql.OrderStatisticsQuery.OrderStatistics;
import com.splitbench.analysis.sql.OrderStatisticsQuery.Wanted;
import com.splitbench.analysis.sql.EventHealthQuery.EventHealth;
import com.splitbench.analysis.sql.ExposureQuery.CountRow;
import com.splitbench.analysis.sql.HistogramQuery.Range;
import com.splitbench.analysis.sql.MetricExpressions.Cap;
import com.splitbench.analysis.sql.MomentsQuery.MomentsRow;
import com.splitbench.analysis.sql.PopulationQuery.Population;
import com.splitbench.common.UserFacingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One analysis on a SQL engine: the statements in order (population, event health, exposures and segments,
 * percentile caps, moments, histograms, then the time series), each returning summary rows only. Where the engine
 * keeps temporary tables, the units' status and the per-user aggregates are computed once into them first
 * ({@link TemporaryRelations}).
 */
final class SqlAnalysisRun {

    /** Dimensions with more distinct values than this (ids, timestamps) are not offered as segments. */
    static final int MAX_SEGMENTS = 50;

    private final SqlDialect dialect;
    private final MappingResolver.Resolved resolved;
    private final List<String> dimensionNames;
    private final QueryRunner runner;
    private final boolean temporaryTables;

    /** @param temporaryTables whether the analysis may keep relations in temporary tables where the engine can */
    SqlAnalysisRun(SqlDialect dialect, MappingResolver.Resolved resolved, List<String> dimensionNames,
            QueryRunner runner, boolean temporaryTables) {
        this.dialect = dialect;
        this.resolved = resolved;
        this.dimensionNames = dimensionNames;
        this.runner = runner;
        this.temporaryTables = temporaryTables;
    }

    ExperimentStatistics run(StatisticsRequest request, AnalysisMonitor monitor) {
        try (TemporaryRelations relations = new TemporaryRelations(dialect, runner, temporaryTables)) {
            return run(request, monitor, relations);
        }
    }

    private ExperimentStatistics run(StatisticsRequest request, AnalysisMonitor monitor,
            TemporaryRelations relations) {
        AnalysisPlan planned = plan(request);
        monitor.progress(0.02, "Reading the assignments of " + planned.experimentKey());
        AnalysisPlan plan = relations.keepStatus(planned);
        monitor.progress(0.05, "Counting the users of " + plan.experimentKey());
        Population population = runner.query("population", PopulationQuery.build(plan),
                rows -> PopulationQuery.read(rows, dimensionNames.size()));
        if (population.variants().isEmpty()) {
            throw new UserFacingException("Experiment '" + plan.experimentKey() + "' has no assignments to analyse. "
                    + "Check the experiment key and the assignment source.");
        }
        boolean scanEvents = plan.mapping().events().isPresent()
                && (!plan.eventMetrics().isEmpty() || !plan.usesUserTable());
        monitor.progress(0.15, "Checking the events");
        EventHealth health = scanEvents ? runner.query("event health", EventHealthQuery.build(plan),
                EventHealthQuery::read) : EventHealth.NONE;
        SqlTimeline timeline = SqlTimeline.of(population.firstExposure(), population.lastExposure(),
                health.lastEvent(), plan.to());
        List<Integer> dimensions = segmentable(population);
        List<CountRow> counts = runner.query("exposures", ExposureQuery.build(plan, timeline, dimensions),
                ExposureQuery::read);
        monitor.progress(0.3, "Aggregating per user");
        AnalysisPlan aggregated = scanEvents ? relations.keepPerUser(plan) : plan;
        StatisticsAssembler assembler = new StatisticsAssembler(aggregated, population, timeline, dimensionNames,
                dimensions);
        return summarise(request, monitor, aggregated, population, timeline, dimensions, assembler, health, counts);
    }

    /** The summaries of the per-user values (caps, moments, histograms, the time series), then the result. */
    private ExperimentStatistics summarise(StatisticsRequest request, AnalysisMonitor monitor, AnalysisPlan plan,
            Population population, SqlTimeline timeline, List<Integer> dimensions, StatisticsAssembler assembler,
            EventHealth health, List<CountRow> counts) {
        boolean anyUsers = population.users().values().stream().anyMatch(n -> n > 0);
        Map<Integer, Double> caps = caps(plan, anyUsers);
        Map<Integer, Cap> capSources = new HashMap<>();
        caps.forEach((metric, cap) -> capSources.put(metric, Cap.of(cap)));
        boolean staticCalendar = request.timeSeries() && !plan.columnMetrics().isEmpty()
                && plan.mapping().userTable().flatMap(UserTableSource::time).isPresent();
        List<MomentsRow> moments = plan.metrics().isEmpty() ? List.of() : runner.query("moments",
                MomentsQuery.build(plan, capSources, dimensions, staticCalendar ? Optional.of(timeline)
                        : Optional.empty()), rows -> MomentsQuery.read(rows, plan.metrics().size()));
        monitor.progress(0.5, "Building distributions");
        Map<Integer, Distribution> histograms = anyUsers && !plan.metrics().isEmpty()
                ? histograms(plan, capSources, population.variants()) : Map.of();
        SeriesDeltas.Both series = new SeriesDeltas.Both(null, null);
        if (request.timeSeries() && !plan.eventMetrics().isEmpty()) {
            monitor.progress(0.65, "Building the time series");
            series = runner.query("time series", SeriesQuery.build(plan, timeline, caps),
                    rows -> SeriesDeltas.read(rows, plan.eventMetrics().size(), population.variants()));
        }
        monitor.progress(1.0, "Done");
        return assembler.assemble(health, counts, moments, histograms, caps, series.calendar(),
                series.sinceExposure());
    }

    private AnalysisPlan plan(StatisticsRequest request) {
        TableMapping mapping = resolved.mapping();
        String key = request.experiment().key();
        OptionalLong from = toMillis(request.experiment().from());
        OptionalLong to = toMillis(request.experiment().to());
        List<String> columns = mapping.userTable().map(UserTableSource::metricColumns).orElse(List.of());
        AnalysisPlan draft = new AnalysisPlan(dialect, mapping, key, from, to, List.of(), resolved.booleanColumns());
        boolean columnMetrics = request.metrics().stream().anyMatch(m -> m.kind()
                instanceof com.splitbench.spec.MetricKind.Column || m.kind()
                instanceof com.splitbench.spec.MetricKind.ColumnRatio);
        Set<String> binary = columnMetrics && !columns.isEmpty() ? runner.query("column types",
                ColumnFactsQuery.build(draft), rows -> ColumnFactsQuery.readBinaryColumns(rows, draft))
                : resolved.booleanColumns();
        AnalysisPlan plan = new AnalysisPlan(dialect, mapping, key, from, to,
                MetricPlanner.plan(request.metrics(), request.cupedEnabled(), columns, binary),
                resolved.booleanColumns());
        if (!plan.eventMetrics().isEmpty() && mapping.events().isEmpty()) {
            throw new UserFacingException("Metric " + plan.eventMetrics().get(0).definition().name() + " counts "
                    + "events, but no events source is mapped. Add --events-table or --events-query.");
        }
        return plan;
    }

    private static OptionalLong toMillis(Optional<Instant> instant) {
        return instant.map(i -> OptionalLong.of(i.toEpochMilli())).orElse(OptionalLong.empty());
    }

    private List<Integer> segmentable(Population population) {
        List<Integer> dimensions = new ArrayList<>();
        for (int k = 0; k < dimensionNames.size(); k++) {
            if (population.distinctValues()[k] <= MAX_SEGMENTS) {
                dimensions.add(k);
            }
        }
        return dimensions;
    }

    /** Each metric's cap: the pooled R-7 percentile of its raw values, the absolute cap, or +∞. */
    private Map<Integer, Double> caps(AnalysisPlan plan, boolean anyUsers) {
        Map<Integer, Double> caps = new HashMap<>();
        List<Wanted> wanted = new ArrayList<>();
        for (PlannedMetric metric : plan.metrics()) {
            caps.put(metric.index(), metric.absoluteCap());
            if (metric.hasPercentileCap()) {
                caps.put(metric.index(), Double.POSITIVE_INFINITY);
                wanted.add(new Wanted(metric.index(), UserValueCtes.rawY(metric), metric.percentile()));
            }
        }
        if (anyUsers && !wanted.isEmpty()) {
            Map<Integer, OrderStatistics> statistics = runner.query("percentile caps",
                    OrderStatisticsQuery.build(plan, false, Map.of(), wanted),
                    rows -> OrderStatisticsQuery.read(rows, wanted));
            for (PlannedMetric metric : plan.metrics()) {
                if (metric.hasPercentileCap()) {
                    double cap = statistics.get(metric.index()).r7(metric.percentile());
                    caps.put(metric.index(), Double.isNaN(cap) ? Double.POSITIVE_INFINITY : cap);
                }
            }
        }
        return caps;
    }

    private Map<Integer, Distribution> histograms(AnalysisPlan plan, Map<Integer, Cap> caps, List<String> variants) {
        List<Wanted> wanted = plan.metrics().stream().filter(m -> m.type() != StatisticType.BINARY)
                .map(m -> new Wanted(m.index(), m.y(), HistogramQuery.RANGE_QUANTILE)).toList();
        Map<Integer, OrderStatistics> statistics = wanted.isEmpty() ? Map.of() : runner.query("histogram ranges",
                OrderStatisticsQuery.build(plan, true, caps, wanted), rows -> OrderStatisticsQuery.read(rows, wanted));
        Map<Integer, Range> ranges = new HashMap<>();
        for (PlannedMetric metric : plan.metrics()) {
            OrderStatistics values = statistics.get(metric.index());
            ranges.put(metric.index(), values == null ? Range.of(true, 0, 0)
                    : Range.of(false, values.minimum(), values.r7(HistogramQuery.RANGE_QUANTILE)));
        }
        return runner.query("histograms", HistogramQuery.build(plan, caps, ranges),
                rows -> HistogramQuery.read(rows, ranges, variants));
    }
}
