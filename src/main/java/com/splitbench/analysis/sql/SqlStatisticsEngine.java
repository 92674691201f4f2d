package com.splitbench.analysis.sql;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.AutomaticMetrics;
import com.splitbench.analysis.StatisticsRequest;
import com.splitbench.analysis.SufficientStatisticsEngine;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.sql.EventTypesQuery.EventType;
import com.splitbench.common.UserFacingException;
import com.splitbench.spec.MetricDefinition;
import java.sql.Connection;
import java.util.List;

/**
 * The per-user → sufficient-statistics step in plain SQL over a JDBC connection, following docs/analysis.md like
 * {@link com.splitbench.analysis.local.LocalStatisticsEngine}. The per-user aggregation runs inside the engine
 * (common table expressions) and only summary rows come back: per variant, per segment value and variant, per
 * day and variant, and histogram bins. Every value is a bound parameter; identifiers come from the validated
 * {@link TableMapping} and are quoted by the {@link SqlDialect}. On engines that keep temporary tables
 * (PostgreSQL, DuckDB, H2), the relations most statements read are computed once per analysis into temporary
 * tables of the connection's session, and dropped at its end. docs/warehouse.md describes the statements.
 *
 * <p>Not thread-safe: one analysis at a time per instance (a JDBC connection is not shared either).
 */
public final class SqlStatisticsEngine implements SufficientStatisticsEngine {

    private final Connection connection;
    private final SqlDialect dialect;
    private final TableMapping mapping;
    private final boolean temporaryTables;
    private MappingResolver.Resolved resolved;
    private QueryRunner lastRun;

    public SqlStatisticsEngine(Connection connection, SqlDialect dialect, TableMapping mapping) {
        this(connection, dialect, mapping, true);
    }

    /**
     * @param temporaryTables false to run every statement on its own, with common table expressions only, even on
     *     engines that keep temporary tables (the form used where they cannot be created; for tests and benchmarks)
     */
    public SqlStatisticsEngine(Connection connection, SqlDialect dialect, TableMapping mapping,
            boolean temporaryTables) {
        this.connection = connection;
        this.dialect = dialect;
        this.mapping = mapping;
        this.temporaryTables = temporaryTables;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    @Override
    public List<MetricDefinition> automaticMetrics(String experimentKey) {
        MappingResolver.Resolved sources = resolved();
        if (sources.mapping().userTable().isPresent()) {
            List<String> written = mapping.userTable().orElseThrow().metricColumns();
            return AutomaticMetrics.forColumns(written.isEmpty()
                    ? sources.mapping().userTable().orElseThrow().metricColumns() : written);
        }
        EventSource events = sources.mapping().events().orElseThrow(() -> new UserFacingException("Without a spec, "
                + "the automatic metrics come from the event types, but no events source is mapped."));
        QueryRunner runner = new QueryRunner(connection, AnalysisMonitor.NONE);
        List<EventType> types = runner.query("event types", EventTypesQuery.build(dialect, events),
                EventTypesQuery::read);
        lastRun = runner;
        return AutomaticMetrics.forEventTypes(types.stream().map(EventType::name).toList(),
                types.stream().map(EventType::hasValues).toList());
    }

    @Override
    public ExperimentStatistics compute(StatisticsRequest request, AnalysisMonitor monitor) {
        QueryRunner runner = new QueryRunner(connection, monitor);
        lastRun = runner;
        return new SqlAnalysisRun(dialect, resolved(), mapping.dimensionNames(), runner, temporaryTables)
                .run(request, monitor);
    }

    /**
     * Checks the table mapping against the sources' columns (each mapped column exists), without analysing
     * anything. Throws a {@link UserFacingException} naming the missing column and the columns there are.
     */
    public void checkMapping() {
        resolved();
    }

    /** What the last call sent and received: its statements, rows and bytes; empty before the first call. */
    public java.util.Optional<QueryRunner> lastRun() {
        return java.util.Optional.ofNullable(lastRun);
    }

    private MappingResolver.Resolved resolved() {
        if (resolved == null) {
            resolved = new MappingResolver(connection, dialect).resolve(mapping);
        }
        return resolved;
    }
}
