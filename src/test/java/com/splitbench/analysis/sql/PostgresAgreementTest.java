package com.splitbench.analysis.sql;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

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
