package com.splitbench.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.StatisticsRequest;
import com.splitbench.analysis.local.InMemoryEventData;
import com.splitbench.analysis.local.LocalStatisticsEngine;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.Moments;
import com.splitbench.common.UserFacingException;
import com.splitbench.spec.ExperimentDefinition;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The warehouse entry points end to end, on an H2 database that asks for a password. */
class WarehouseAnalysisTest {

    private static final String URL = "jdbc:h2:mem:warehouse;DB_CLOSE_DELAY=-1";
    private static final Credentials CREDENTIALS = Credentials.of("analyst", "s3cret-pw");
    private static Connection keepAlive;

    @BeforeAll
    static void createTables() throws Exception {
        keepAlive = DriverManager.getConnection(URL, "analyst", "s3cret-pw");
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("CREATE TABLE exposures (uid VARCHAR, exp VARCHAR, arm VARCHAR, ts BIGINT)");
            sql.execute("CREATE TABLE actions (uid VARCHAR, action VARCHAR, amount DOUBLE PRECISION, ts BIGINT)");
            sql.execute("INSERT INTO exposures VALUES ('u1', 'e', 'control', 1000), ('u2', 'e', 'control', 1000), "
                    + "('u3', 'e', 'treatment', 2000), ('u4', 'e', 'treatment', 2000)");
            sql.execute("INSERT INTO actions VALUES ('u1', 'buy', 10, 1500), ('u3', 'buy', 30, 2500), "
                    + "('u3', 'buy', 5, 2600), ('u4', 'view', NULL, 2100), ('u9', 'buy', 1, 2100)");
        }
    }

    private static TableMappingOptions options() {
        return new TableMappingOptions("exposures", null, "unit=uid,experiment=exp,variant=arm,time=ts,"
                + "time-format=epoch_ms", null, null, null, "actions", null,
                "unit=uid,type=action,value=amount,time=ts,time-format=epoch_ms", null, null, null, null);
    }

    @Test
    void analysesOnTheSourceAndReturnsOnlySummaries() {
        MetricDefinition revenue = MetricDefinition.of("revenue", new MetricKind.Mean("buy", null));
        StatisticsRequest request = new StatisticsRequest(ExperimentDefinition.of("e"), List.of(revenue), true, true);
        WarehouseResult result = WarehouseAnalysis.analyze(URL, CREDENTIALS, options().toMapping(), request,
                AnalysisMonitor.NONE);
        // control: u1 buys 10, u2 nothing; treatment: u3 buys 30 + 5, u4 nothing.
        assertThat(result.statistics().metric("revenue").overall())
                .containsExactly(new Moments(2, 10, 100, 0, 0, 0, 0, 0, 0), new Moments(2, 35, 1225, 0, 0, 0, 0, 0, 0));
        assertThat(result.statistics().health().unassignedUserEvents()).isEqualTo(1);
        assertThat(result.fingerprint().engine()).isEqualTo("h2");
        assertThat(result.fingerprint().describe()).doesNotContain("s3cret-pw").doesNotContain("analyst");
        assertThat(result.statements()).isGreaterThanOrEqualTo(5);
        assertThat(result.bytesReceived()).isPositive().isLessThan(10_000);

        InMemoryEventData local = new InMemoryEventData().assign("u1", "e", "control", "1970-01-01T00:00:01Z")
                .assign("u2", "e", "control", "1970-01-01T00:00:01Z")
                .assign("u3", "e", "treatment", "1970-01-01T00:00:02Z")
                .assign("u4", "e", "treatment", "1970-01-01T00:00:02Z")
                .event("u1", null, "buy", 10, "1970-01-01T00:00:01.500Z")
                .event("u3", null, "buy", 30, "1970-01-01T00:00:02.500Z")
                .event("u3", null, "buy", 5, "1970-01-01T00:00:02.600Z")
                .event("u4", null, "view", Double.NaN, "1970-01-01T00:00:02.100Z")
                .event("u9", null, "buy", 1, "1970-01-01T00:00:02.100Z");
        ExperimentStatistics expected = new LocalStatisticsEngine(local).compute(request, AnalysisMonitor.NONE);
        assertThat(result.statistics().metric("revenue").calendar())
                .isEqualTo(expected.metric("revenue").calendar());
        assertThat(result.statistics().exposures()).isEqualTo(expected.exposures());
    }

    @Test
    void automaticMetricsComeFromTheEventTypesOnTheSource() {
        DataSourceDefinition source = DataSourceDefinition.of(URL, options().toMapping());
        assertThat(WarehouseAnalysis.automaticMetrics(source, CREDENTIALS, Optional.empty(), "e"))
                .extracting(MetricDefinition::name).containsExactly("buy_rate", "buy_value", "view_rate");
    }

    @Test
    void testConnectionNamesTheServerOrTheMissingColumn() {
        DataSourceDefinition good = DataSourceDefinition.of(URL, options().toMapping());
        assertThat(WarehouseAnalysis.testConnection(good, CREDENTIALS, Optional.empty())).startsWith("Connected to H2");
        TableMappingOptions wrong = new TableMappingOptions("exposures", null, "unit=user_id", null, null, null,
                null, null, null, null, null, null, null);
        DataSourceDefinition bad = DataSourceDefinition.of(URL, wrong.toMapping());
        assertThatThrownBy(() -> WarehouseAnalysis.testConnection(bad, CREDENTIALS, Optional.empty()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("no column 'user_id'")
                .hasMessageContaining("UID");
    }

    @Test
    void aWrongPasswordIsReportedWithoutRepeatingIt() {
        DataSourceDefinition source = DataSourceDefinition.of(URL, options().toMapping());
        assertThatThrownBy(() -> WarehouseAnalysis.testConnection(source, Credentials.of("analyst", "wrong-pw"),
                Optional.empty())).isInstanceOf(UserFacingException.class).hasMessageNotContaining("wrong-pw")
                .hasMessageContaining("Could not connect");
    }
}
