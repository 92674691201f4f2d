package com.splitbench.analysis.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.StatisticsRequest;
import com.splitbench.analysis.local.InMemoryEventData;
import com.splitbench.analysis.local.LocalStatisticsEngine;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.StatisticType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The agreement checks every SQL engine must pass: the same generated rows, analysed by the local engine and by
 * {@link SqlStatisticsEngine} on the engine under test, give equal statistics (every moment overall, per segment,
 * per calendar day and per day since exposure, the health counts, the exposures, the histograms and the automatic
 * metrics) to 1e-9 relative.
 */
abstract class EngineAgreementContract {

    static final long SEED = 20_260_301L;
    static final int USERS = 900;

    /** The connection to the engine under test, with the export of {@link #export()} loaded. */
    abstract Connection connection();

    abstract SqlDialect dialect();

    /** Whether the engine can read JSON context keys. */
    abstract boolean supportsJson();

    static GeneratedExport export() {
        return new GeneratedExport(SEED, USERS);
    }

    private final InMemoryEventData local = export().toEventData();

    private SqlStatisticsEngine sql(TableMapping mapping) {
        return new SqlStatisticsEngine(connection(), dialect(), mapping);
    }

    private ExperimentStatistics localResult(StatisticsRequest request) {
        return new LocalStatisticsEngine(local).compute(request, AnalysisMonitor.NONE);
    }

    @Test
    void generatedDataExercisesEveryRuleTheEnginesMustAgreeOn() {
        ExperimentStatistics all = localResult(AgreementCases.requests().get("all event metrics with series"));
        assertThat(all.variants()).hasSize(3);
        assertThat(all.health().multipleVariantUsers()).isPositive();
        assertThat(all.health().eventsBeforeExposure()).isPositive();
        assertThat(all.health().unassignedUserEvents()).isPositive();
        assertThat(all.health().eventsOfExcludedUsers()).isPositive();
        assertThat(all.segments()).containsKeys("country", "device").doesNotContainKey("session_id");
        assertThat(all.segments().get("country")).containsKey("(none)");
        assertThat(all.metric("revenue").cap()).isPresent();
        assertThat(all.metric("revenue").hasCovariate()).isTrue();
        assertThat(all.metric("revenue").calendar()).hasSizeGreaterThan(5);
        assertThat(all.metric("revenue").sinceExposure()).hasSizeGreaterThan(5);
        ExperimentStatistics ranged = localResult(AgreementCases.requests().get("date range"));
        assertThat(ranged.health().outsideDateRangeUsers()).isPositive();
        ExperimentStatistics table = localResult(AgreementCases.userTableRequest());
        assertThat(table.metric("retained").type()).isEqualTo(StatisticType.BINARY);
        assertThat(table.metric("conversions").overall().get(0).n())
                .isLessThan(table.metric("clicks").overall().get(0).n());
    }

    @Test
    void eventMetricsAgreeWithTheLocalEngineForEveryRequest() {
        for (Map.Entry<String, StatisticsRequest> entry : AgreementCases.requests().entrySet()) {
            ExperimentStatistics expected = localResult(entry.getValue());
            ExperimentStatistics actual = sql(AgreementCases.eventMapping(false)).compute(entry.getValue(),
                    AnalysisMonitor.NONE);
            try {
                StatisticsAgreement.assertAgree(expected, actual);
            } catch (AssertionError e) {
                throw new AssertionError(entry.getKey() + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void selfContainedStatementsWithoutTemporaryTablesAgreeWithTheLocalEngine() {
        for (String name : List.of("all event metrics with series", "date range")) {
            StatisticsRequest request = AgreementCases.requests().get(name);
            SqlStatisticsEngine engine = new SqlStatisticsEngine(connection(), dialect(),
                    AgreementCases.eventMapping(false), false);
            ExperimentStatistics actual = engine.compute(request, AnalysisMonitor.NONE);
            assertThat(engine.lastRun().orElseThrow().statements()).noneMatch(sql -> sql.contains("CREATE"));
            try {
                StatisticsAgreement.assertAgree(localResult(request), actual);
            } catch (AssertionError e) {
                throw new AssertionError(name + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void keepsTheSharedRelationsInTemporaryTablesWhereTheEngineCanAndDropsThemAfterwards() throws Exception {
        SqlStatisticsEngine engine = sql(AgreementCases.eventMapping(false));
        engine.compute(AgreementCases.requests().get("all event metrics with series"), AnalysisMonitor.NONE);
        List<String> statements = engine.lastRun().orElseThrow().statements();
        List<String> created = statements.stream().filter(sql -> sql.startsWith("CREATE")).toList();
        if (dialect().keepsTemporaryTables()) {
            assertThat(created).hasSize(2);
            assertThat(created.get(0)).contains("TEMPORARY TABLE " + TemporaryRelations.STATUS + " AS");
            assertThat(created.get(1)).contains("TEMPORARY TABLE " + TemporaryRelations.PER_USER + " AS");
            // Every later statement reads them instead of computing them again.
            assertThat(statements.subList(statements.indexOf(created.get(1)) + 1, statements.size()))
                    .isNotEmpty().noneMatch(sql -> sql.contains(TemporaryRelations.PER_USER + " AS ("))
                    .noneMatch(sql -> sql.contains(TemporaryRelations.STATUS + " AS ("));
        } else {
            assertThat(created).isEmpty();
        }
        for (String table : List.of(TemporaryRelations.STATUS, TemporaryRelations.PER_USER)) {
            try (Statement probe = connection().createStatement()) {
                assertThatThrownBy(() -> probe.executeQuery("SELECT COUNT(*) FROM "
                        + table)).as(table + " is dropped").isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void jsonContextDimensionsGiveTheSameSegmentsAsDimensionColumns() {
        org.junit.jupiter.api.Assumptions.assumeTrue(supportsJson(), dialect().displayName()
                + " cannot read JSON context keys");
        StatisticsRequest request = AgreementCases.requests().get("all event metrics with series");
        StatisticsAgreement.assertAgree(localResult(request),
                sql(AgreementCases.eventMapping(true)).compute(request, AnalysisMonitor.NONE));
    }

    @Test
    void perUserTableMetricsAgreeWithTheLocalEngine() {
        StatisticsRequest request = AgreementCases.userTableRequest();
        StatisticsAgreement.assertAgree(localResult(request),
                sql(AgreementCases.userTableMapping()).compute(request, AnalysisMonitor.NONE));
    }

    @Test
    void perUserTableWithoutExposureTimesAgreesWithTheLocalEngine() {
        StatisticsRequest request = new StatisticsRequest(
                com.splitbench.spec.ExperimentDefinition.of(GeneratedExport.UNTIMED_EXPERIMENT),
                AgreementCases.columnMetrics(), true, true);
        StatisticsAgreement.assertAgree(localResult(request),
                sql(AgreementCases.untimedUserTableMapping()).compute(request, AnalysisMonitor.NONE));
    }

    @Test
    void automaticMetricsAreTheSameAsTheLocalEngines() {
        LocalStatisticsEngine engine = new LocalStatisticsEngine(local);
        assertThat(sql(AgreementCases.eventMapping(false)).automaticMetrics(GeneratedExport.EXPERIMENT))
                .isEqualTo(engine.automaticMetrics(GeneratedExport.EXPERIMENT));
        assertThat(sql(AgreementCases.userTableMapping()).automaticMetrics(GeneratedExport.TABLE_EXPERIMENT))
                .isEqualTo(engine.automaticMetrics(GeneratedExport.TABLE_EXPERIMENT));
    }

    @Test
    void automaticMetricsAnalysedAgreeWithTheLocalEngine() {
        LocalStatisticsEngine engine = new LocalStatisticsEngine(local);
        StatisticsRequest request = new StatisticsRequest(
                com.splitbench.spec.ExperimentDefinition.of(GeneratedExport.EXPERIMENT),
                engine.automaticMetrics(GeneratedExport.EXPERIMENT), true, true);
        StatisticsAgreement.assertAgree(engine.compute(request, AnalysisMonitor.NONE),
                sql(AgreementCases.eventMapping(false)).compute(request, AnalysisMonitor.NONE));
    }
}
