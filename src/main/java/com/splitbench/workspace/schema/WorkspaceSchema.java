package com.splitbench.workspace.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The workspace schema as an ordered list of forward migrations.
 *
 * <p><b>Adding a table or column</b> (for example the analysis's definitions and result cache): append a
 * {@link Migration} to {@link #MIGRATIONS} with the next version number and its SQL; never edit or reorder one
 * that has shipped. Opening a workspace applies the missing migrations in one transaction and records each in
 * {@code schema_version}; a workspace whose version is above {@link #latestVersion()} was written by a newer
 * Splitbench and is refused untouched. A test checks that the versions are consecutive.
 */
public final class WorkspaceSchema {

    public static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "imports, columnar chunks, dictionaries, summaries", Migration.sql(
                    """
                    CREATE TABLE workspace_state(
                        name VARCHAR(64) PRIMARY KEY,
                        state_value BIGINT NOT NULL)""",
                    "INSERT INTO workspace_state VALUES ('data_version', 0)",
                    """
                    CREATE TABLE import_file(
                        id BIGINT AUTO_INCREMENT PRIMARY KEY,
                        data_version BIGINT NOT NULL,
                        file_name VARCHAR(1000) NOT NULL,
                        file_path VARCHAR(4000) NOT NULL,
                        file_size BIGINT NOT NULL,
                        sha256 CHAR(64),
                        file_format VARCHAR(32) NOT NULL,
                        shape VARCHAR(16) NOT NULL,
                        experiment VARCHAR(1000),
                        rows_read BIGINT NOT NULL DEFAULT 0,
                        rows_imported BIGINT NOT NULL DEFAULT 0,
                        rows_rejected BIGINT NOT NULL DEFAULT 0,
                        duplicates_skipped BIGINT NOT NULL DEFAULT 0,
                        started_at TIMESTAMP WITH TIME ZONE NOT NULL,
                        finished_at TIMESTAMP WITH TIME ZONE,
                        column_mapping VARCHAR(4000))""",
                    "CREATE INDEX import_file_sha256 ON import_file(sha256)",
                    """
                    CREATE TABLE chunk(
                        id BIGINT AUTO_INCREMENT PRIMARY KEY,
                        kind TINYINT NOT NULL,
                        import_id BIGINT,
                        experiment INT NOT NULL,
                        first_id INT NOT NULL,
                        row_count INT NOT NULL,
                        min_time BIGINT,
                        max_time BIGINT,
                        byte_size INT NOT NULL,
                        data BLOB NOT NULL)""",
                    "CREATE INDEX chunk_kind_experiment ON chunk(kind, experiment)",
                    """
                    CREATE TABLE assignment_summary(
                        import_id BIGINT NOT NULL,
                        kind TINYINT NOT NULL,
                        experiment INT NOT NULL,
                        variant INT NOT NULL,
                        row_count BIGINT NOT NULL,
                        first_time BIGINT,
                        last_time BIGINT)""",
                    """
                    CREATE TABLE event_summary(
                        import_id BIGINT NOT NULL,
                        event_type INT NOT NULL,
                        row_count BIGINT NOT NULL,
                        valued_rows BIGINT NOT NULL,
                        first_time BIGINT,
                        last_time BIGINT)""")),
            new Migration(2, "experiment definitions and the metric library", Migration.sql(
                    """
                    CREATE TABLE experiment_definition(
                        experiment_key VARCHAR(1000) PRIMARY KEY,
                        spec_json CLOB NOT NULL,
                        updated_at TIMESTAMP WITH TIME ZONE NOT NULL)""",
                    """
                    CREATE TABLE metric_definition(
                        name VARCHAR(200) PRIMARY KEY,
                        metric_json CLOB NOT NULL,
                        updated_at TIMESTAMP WITH TIME ZONE NOT NULL)""")),
            new Migration(3, "saved warehouse data sources (never with a password)", Migration.sql(
                    """
                    CREATE TABLE data_source(
                        name VARCHAR(64) PRIMARY KEY,
                        source_json CLOB NOT NULL,
                        updated_at TIMESTAMP WITH TIME ZONE NOT NULL)""")),
            // A per-user table's mapping names every column: 4,000 characters ran out at about 100 columns, and the
            // import failed with an SQL error that blamed the disk.
            new Migration(4, "column mappings of any length (wide per-user tables)", Migration.sql(
                    "ALTER TABLE import_file ALTER COLUMN column_mapping SET DATA TYPE CLOB")));

    private WorkspaceSchema() {
    }

    public static int latestVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
    }

    /** The schema version of an open database: 0 for an empty one. */
    public static int currentVersion(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "SCHEMA_VERSION", null)) {
            if (!tables.next()) {
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Applies every migration above {@code from}, all in one transaction. */
    public static void migrate(Connection connection, int from) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            if (from == 0) {
                Migration.sql("""
                        CREATE TABLE schema_version(
                            version INT PRIMARY KEY,
                            description VARCHAR(500) NOT NULL,
                            applied_at TIMESTAMP WITH TIME ZONE NOT NULL)""").apply(connection);
            }
            for (Migration migration : MIGRATIONS) {
                if (migration.version() > from) {
                    migration.step().apply(connection);
                    record(connection, migration);
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void record(Connection connection, Migration migration) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schema_version(version, description, applied_at) VALUES (?, ?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.description());
            insert.setObject(3, OffsetDateTime.now());
            insert.executeUpdate();
        }
    }
}
