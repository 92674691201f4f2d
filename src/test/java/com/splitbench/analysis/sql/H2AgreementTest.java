package com.splitbench.analysis.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The agreement checks on H2 in memory, with the per-user table's 0/1 column stored as a number. */
class H2AgreementTest extends EngineAgreementContract {

    private static Connection connection;

    @BeforeAll
    static void load() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:agreement;DB_CLOSE_DELAY=-1");
        new ExportLoader(connection, "DOUBLE PRECISION", false).load(export());
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Override
    Connection connection() {
        return connection;
    }

    @Override
    SqlDialect dialect() {
        return new H2Dialect();
    }

    @Override
    boolean supportsJson() {
        return false;
    }
}
