package com.splitbench.analysis.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.StatisticsRequest;
import com.splitbench.analysis.local.LocalStatisticsEngine;
import com.splitbench.analysis.model.ExperimentStatistics;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agreement checks on a real PostgreSQL server: a throwaway cluster on a free loopback port, started here and
 * torn down after. Skipped on a machine without PostgreSQL's binaries; in CI (CI=true) their absence fails,
 * because .ci/setup-and-test.sh installs them.
 */
class PostgresAgreementTest extends EngineAgreementContract {

    private static PostgresCluster cluster;
    private static Connection connection;

    @BeforeAll
    static void startAndLoad() throws Exception {
        Optional<Path> binaries = PostgresCluster.findBinaries();
        if (binaries.isEmpty()) {
            String reason = "PostgreSQL's initdb and pg_ctl were not found on the PATH or in /usr/lib/postgresql/*/bin:"
                    + " install Debian's postgresql package (apt-get install postgresql) to run this test.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(reason + " In CI, .ci/setup-and-test.sh should have installed it.");
            }
            Assumptions.abort(reason);
        }
        cluster = PostgresCluster.start(binaries.get());
        connection = DriverManager.getConnection(cluster.jdbcUrl());
        new ExportLoader(connection, "DOUBLE PRECISION", true).load(export());
    }

    @AfterAll
    static void stop() throws SQLException {
        if (connection != null) {
            connection.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    /**
     * A reader without the TEMPORARY privilege gets the same results from self-contained statements, and a table
     * of the reader's that happens to be called sb_status is neither read nor dropped, with or without the right.
     */
    @Test
    void withoutTheRightToCreateTemporaryTablesTheAnalysisFallsBackAndAgrees() throws SQLException {
        StatisticsRequest request = AgreementCases.requests().get("all event metrics with series");
        ExperimentStatistics expected = new LocalStatisticsEngine(export().toEventData()).compute(request,
                AnalysisMonitor.NONE);
        try (Statement admin = connection.createStatement()) {
            admin.execute("CREATE TABLE sb_status (unit_id TEXT, note TEXT)");
            admin.execute("INSERT INTO sb_status VALUES ('someone', 'the user''s own table')");
            admin.execute("CREATE ROLE reader LOGIN");
            admin.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader");
            admin.execute("REVOKE TEMPORARY ON DATABASE postgres FROM PUBLIC");
            try (Connection reader = DriverManager.getConnection(cluster.jdbcUrl().replace("user=postgres",
                    "user=reader"))) {
                SqlStatisticsEngine engine = new SqlStatisticsEngine(reader, dialect(),
                        AgreementCases.eventMapping(false));
                StatisticsAgreement.assertAgree(expected, engine.compute(request, AnalysisMonitor.NONE));
                List<String> statements = engine.lastRun().orElseThrow().statements();
                assertThat(statements.get(0)).startsWith("CREATE TEMPORARY TABLE sb_status");
                assertThat(statements.subList(1, statements.size())).noneMatch(sql -> sql.startsWith("CREATE"));
            }
            StatisticsAgreement.assertAgree(expected, new SqlStatisticsEngine(connection, dialect(),
                    AgreementCases.eventMapping(false)).compute(request, AnalysisMonitor.NONE));
            try (ResultSet rows = admin.executeQuery("SELECT note FROM public.sb_status")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("the user's own table");
            }
        } finally {
            try (Statement admin = connection.createStatement()) {
                admin.execute("GRANT TEMPORARY ON DATABASE postgres TO PUBLIC");
                admin.execute("DROP TABLE IF EXISTS public.sb_status");
                admin.execute("DROP OWNED BY reader");
                admin.execute("DROP ROLE IF EXISTS reader");
            }
        }
    }

    @Override
    Connection connection() {
        return connection;
    }

    @Override
    SqlDialect dialect() {
        return new PostgresDialect();
    }

    @Override
    boolean supportsJson() {
        return true;
    }
}
