package com.splitbench.analysis.sql;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Everything the query builders need to write one experiment's statements: the dialect, the resolved table
 * mapping, the experiment key and date range, the compiled metrics and the dimensions. Built once per analysis;
 * the statements then differ only in the values bound to them.
 *
 * @param from first exposure time analysed (inclusive), epoch ms
 * @param to end of the analysis (exclusive) for exposures and events, epoch ms
 * @param booleanColumns per-user table columns of SQL type BOOLEAN (converted to 0/1)
 * @param temporaryTables the shared relations ({@code sb_status}, {@code sb_pu}) this analysis keeps in temporary
 *     tables, which the statements then read instead of defining them (see {@link TemporaryRelations})
 */
record AnalysisPlan(SqlDialect dialect, TableMapping mapping, String experimentKey, OptionalLong from,
        OptionalLong to, List<PlannedMetric> metrics, Set<String> booleanColumns, Set<String> temporaryTables) {

    static final long DAY_MILLIS = 86_400_000L;
    /** Time series longer than this many days are cut, as in the local engine. */
    static final int MAX_SERIES_DAYS = 400;

    AnalysisPlan {
        metrics = List.copyOf(metrics);
        booleanColumns = Set.copyOf(booleanColumns);
        temporaryTables = Set.copyOf(temporaryTables);
    }

    /** A plan whose statements define every relation they read (no temporary tables). */
    AnalysisPlan(SqlDialect dialect, TableMapping mapping, String experimentKey, OptionalLong from, OptionalLong to,
            List<PlannedMetric> metrics, Set<String> booleanColumns) {
        this(dialect, mapping, experimentKey, from, to, metrics, booleanColumns, Set.of());
    }

    /** The same plan, with {@code table} kept in a temporary table from now on. */
    AnalysisPlan withTemporaryTable(String table) {
        Set<String> tables = new java.util.HashSet<>(temporaryTables);
        tables.add(table);
        return new AnalysisPlan(dialect, mapping, experimentKey, from, to, metrics, booleanColumns, tables);
    }

    /** Whether the relation {@code table} is a temporary table that the statements read as it is. */
    boolean isTemporaryTable(String table) {
        return temporaryTables.contains(table);
    }

    List<PlannedMetric> eventMetrics() {
        return metrics.stream().filter(m -> !m.isColumnMetric()).toList();
    }

    List<PlannedMetric> columnMetrics() {
        return metrics.stream().filter(PlannedMetric::isColumnMetric).toList();
    }

    List<String> dimensionNames() {
        return mapping.dimensionNames();
    }

    /** The per-user table's metric columns, whose values the population carries as {@code col_N}. */
    List<String> userTableColumns() {
        return mapping.userTable().map(UserTableSource::metricColumns).orElse(List.of());
    }

    boolean usesUserTable() {
        return mapping.userTable().isPresent();
    }

    /** The longest CUPED lookback of the event metrics, 0 when none has a covariate. */
    long maxLookback() {
        return eventMetrics().stream().mapToLong(PlannedMetric::lookback).max().orElse(0);
    }

    /** The distinct event types the event metrics read. */
    List<String> eventTypes() {
        return eventMetrics().stream()
                .flatMap(m -> java.util.stream.Stream.concat(m.numerator().stream(), m.denominator().stream()))
                .map(PlannedMetric.EventAggregate::eventType).distinct().sorted().toList();
    }
}
