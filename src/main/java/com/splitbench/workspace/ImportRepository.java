package com.splitbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for the {@code import_file} and {@code workspace_state} tables. */
final class ImportRepository {

    private static final String COLUMNS = "id, data_version, file_name, file_path, file_size, sha256, file_format,"
            + " shape, experiment, rows_read, rows_imported, rows_rejected, duplicates_skipped, started_at,"
            + " finished_at, column_mapping";

    private ImportRepository() {
    }

    static long dataVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT state_value FROM workspace_state WHERE name = 'data_version'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long incrementDataVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "UPDATE workspace_state SET state_value = state_value + 1 WHERE name = 'data_version'");
        }
        return dataVersion(connection);
    }

    static List<ImportRecord> all(Connection connection) throws SQLException {
        List<ImportRecord> records = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT " + COLUMNS + " FROM import_file ORDER BY id")) {
            while (rs.next()) {
                records.add(read(rs));
            }
        }
        return records;
    }

    static Optional<ImportRecord> findBySha256(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM import_file WHERE sha256 = ? ORDER BY id FETCH FIRST 1 ROW ONLY")) {
            select.setString(1, sha256);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    static boolean anyOfSize(Connection connection, long size) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM import_file WHERE file_size = ? FETCH FIRST 1 ROW ONLY")) {
            select.setLong(1, size);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    static long insert(Connection connection, long dataVersion, FileImportStart start) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_file(data_version,"
                + " file_name, file_path, file_size, file_format, shape, experiment, started_at, column_mapping)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, dataVersion);
            insert.setString(2, start.fileName());
            insert.setString(3, start.filePath());
            insert.setLong(4, start.fileSize());
            insert.setString(5, start.format());
            insert.setString(6, start.shape().name());
            insert.setString(7, start.experiment());
            insert.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(9, start.columnMapping());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void finish(Connection connection, long importId, String sha256, FileImportCounts counts)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE import_file SET sha256 = ?,"
                + " rows_read = ?, rows_imported = ?, rows_rejected = ?, duplicates_skipped = ?, finished_at = ?"
                + " WHERE id = ?")) {
            update.setString(1, sha256);
            update.setLong(2, counts.rowsRead());
            update.setLong(3, counts.rowsImported());
            update.setLong(4, counts.rowsRejected());
            update.setLong(5, counts.duplicatesSkipped());
            update.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
            update.setLong(7, importId);
            update.executeUpdate();
        }
    }

    static void relocate(Connection connection, long importId, String filePath) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE import_file SET file_path = ? WHERE id = ?")) {
            update.setString(1, filePath);
            update.setLong(2, importId);
            if (update.executeUpdate() != 1) {
                throw new SQLException("No import " + importId + " to relocate");
            }
        }
    }

    private static ImportRecord read(ResultSet rs) throws SQLException {
        return new ImportRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), ImportShape.valueOf(rs.getString(8)), rs.getString(9),
                rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13), instant(rs, 14), instant(rs, 15),
                rs.getString(16));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
