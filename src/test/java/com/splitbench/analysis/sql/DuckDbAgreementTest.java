package com.splitbench.analysis.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The agreement checks on DuckDB in memory, with the per-user table's 0/1 column stored as BOOLEAN. */
class DuckDbAgreementTest extends EngineAgreementContract {

    private static Connection connection;

    @BeforeAll
    static void load() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        new ExportLoader(connection, "DOUBLE", true).load(export());
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
        return new DuckDbDialect();
    }

    @Override
    boolean supportsJson() {
        return true;
    }
}
