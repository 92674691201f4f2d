package com.splitbench.analysis.sql;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.analysis.sql.MetricExpressions.Cap;
import com.splitbench.analysis.sql.OrderStatisticsQuery.Wanted;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of every statement the engine generates, per dialect, for a fixed request that uses every
 * feature (all metric kinds, a date range, windows, filters, both cappings, CUPED, dimension columns, JSON context
 * keys, a per-user table and a query source). Engines that keep temporary tables have both forms: the statements
 * that create them and read them, then the self-contained statements used when creating one fails. Engines that cannot run here (Trino, Spark SQL, BigQuery,
 * Snowflake) are checked this way; the others also run the statements in the agreement tests. A change to the
 * SQL fails this test until the files are regenerated on purpose, with
 * {@code mvn -o test -Dtest=GeneratedSqlGoldenTest -Dsplitbench.golden.update=true}, and the diff reviewed.
 */
class GeneratedSqlGoldenTest {

    static final String UPDATE_PROPERTY = "splitbench.golden.update";
    private static final Path SOURCE_DIR = Path.of("src/test/resources/com/splitbench/analysis/sql/golden");
    private static final SqlTimeline TIMELINE = new SqlTimeline(GeneratedExport.START + 9 * GeneratedExport.DAY,
            GeneratedExport.START, 9);

    static List<SqlDialect> dialects() {
        return Dialects.all();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void generatedStatementsMatchTheGoldenFile(SqlDialect dialect) throws IOException {
        String actual = render(dialect);
        String file = dialect.name() + ".sql";
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(SOURCE_DIR);
            Files.writeString(SOURCE_DIR.resolve(file), actual, StandardCharsets.UTF_8);
        }
        try (InputStream golden = getClass().getResourceAsStream("golden/" + file)) {
            assertThat(golden).as("golden file " + file + " (create it with -D" + UPDATE_PROPERTY + "=true)")
                    .isNotNull();
            assertThat(actual).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String render(SqlDialect dialect) {
        boolean json = !(dialect instanceof H2Dialect);
        StringBuilder out = new StringBuilder("-- Statements generated for " + dialect.displayName()
                + ". Regenerate with -D" + UPDATE_PROPERTY + "=true (see GeneratedSqlGoldenTest).\n");
        AnalysisPlan events = plan(dialect, AgreementCases.eventMapping(json), AgreementCases.eventMetrics());
        if (dialect.keepsTemporaryTables()) {
            out.append("\n-- With temporary tables (when the engine refuses one, the statements below them are "
                    + "run instead).\n");
            AnalysisPlan kept = events;
            for (String table : List.of(TemporaryRelations.STATUS, TemporaryRelations.PER_USER)) {
                SqlQuery query = table.equals(TemporaryRelations.STATUS) ? PopulationCtes.statusQuery(kept)
                        : UserValueCtes.perUserQuery(kept);
                append(out, "keep " + table, SqlQuery.of(dialect.createTemporaryTable(table, query.single())));
                for (String statement : dialect.afterCreatingTemporaryTable(table)) {
                    out.append(statement).append(";\n");
                }
                kept = kept.withTemporaryTable(table);
            }
            appendAnalysis(out, dialect, kept);
            out.append('\n');
            for (String table : List.of(TemporaryRelations.PER_USER, TemporaryRelations.STATUS)) {
                out.append(dialect.dropTemporaryTable(table)).append(";\n");
            }
            out.append("\n-- Without temporary tables.\n");
        }
        appendAnalysis(out, dialect, events);
        append(out, "event types", EventTypesQuery.build(dialect, AgreementCases.events()));

        TableMapping tableMapping = new TableMapping(Optional.empty(), Optional.of(new EventSource(
                SourceRelation.query("SELECT user_id, event_type, event_value, event_time FROM events;"), "user_id",
                Optional.empty(), "event_type", Optional.of("event_value"), TimeColumn.epochMillis("event_time"))),
                AgreementCases.userTableMapping().userTable());
        AnalysisPlan table = new AnalysisPlan(dialect, tableMapping, GeneratedExport.TABLE_EXPERIMENT,
                OptionalLong.empty(), OptionalLong.empty(), MetricPlanner.plan(AgreementCases.columnMetrics(), true,
                        GeneratedExport.TABLE_COLUMNS, Set.of("retained")), Set.of("retained"));
        Map<Integer, Cap> tableCaps = new HashMap<>();
        table.metrics().forEach(m -> tableCaps.put(m.index(), Cap.of(m.absoluteCap())));
        append(out, "per-user table column types", ColumnFactsQuery.build(table));
        append(out, "per-user table moments with exposure days", MomentsQuery.build(table, tableCaps, List.of(0),
                Optional.of(TIMELINE)));
        return out.toString();
    }

    /** The statements of one analysis of the event metrics, reading the plan's temporary tables if it has any. */
    private static void appendAnalysis(StringBuilder out, SqlDialect dialect, AnalysisPlan events) {
        Map<Integer, Double> caps = caps(events);
        Map<Integer, Cap> capSources = new HashMap<>();
        caps.forEach((m, c) -> capSources.put(m, Cap.of(c)));
        List<Wanted> percentiles = new ArrayList<>();
        List<Wanted> ranges = new ArrayList<>();
        Map<Integer, HistogramQuery.Range> bins = new HashMap<>();
        for (PlannedMetric m : events.metrics()) {
            if (m.hasPercentileCap()) {
                percentiles.add(new Wanted(m.index(), UserValueCtes.rawY(m), m.percentile()));
            }
            ranges.add(new Wanted(m.index(), m.y(), HistogramQuery.RANGE_QUANTILE));
            bins.put(m.index(), HistogramQuery.Range.of(false, 0, 40));
        }
        List<Integer> dimensions = List.of(0, 1);
        append(out, "population", PopulationQuery.build(events));
        append(out, "event health", EventHealthQuery.build(events));
        append(out, "exposures and segment users", ExposureQuery.build(events, TIMELINE, dimensions));
        append(out, "percentile caps", OrderStatisticsQuery.build(events, false, Map.of(), percentiles));
        append(out, "histogram ranges", OrderStatisticsQuery.build(events, true, capSources, ranges));
        append(out, "moments", MomentsQuery.build(events, capSources, dimensions, Optional.empty()));
        append(out, "histograms", HistogramQuery.build(events, capSources, bins));
        append(out, "time series (calendar and days since exposure)", SeriesQuery.build(events, TIMELINE, caps));
    }

    private static AnalysisPlan plan(SqlDialect dialect, TableMapping mapping,
            List<com.splitbench.spec.MetricDefinition> metrics) {
        return new AnalysisPlan(dialect, mapping, GeneratedExport.EXPERIMENT,
                OptionalLong.of(GeneratedExport.START + GeneratedExport.DAY),
                OptionalLong.of(GeneratedExport.START + 9 * GeneratedExport.DAY),
                MetricPlanner.plan(metrics, true, List.of(), Set.of()), Set.of());
    }

    private static Map<Integer, Double> caps(AnalysisPlan plan) {
        Map<Integer, Double> caps = new HashMap<>();
        plan.metrics().forEach(m -> caps.put(m.index(), m.hasPercentileCap() ? 75.5 : m.absoluteCap()));
        return caps;
    }

    private static void append(StringBuilder out, String purpose, SqlQuery query) {
        SqlText text = query.single();
        out.append("\n-- ").append(purpose).append("\n-- bound values: ").append(text.params()).append('\n')
                .append(text.sql()).append(";\n");
    }
}
