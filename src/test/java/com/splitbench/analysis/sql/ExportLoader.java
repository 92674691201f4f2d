package com.splitbench.analysis.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Loads a {@link GeneratedExport} into SQL tables: {@code assignments} (TIMESTAMP times, dimension columns and a
 * JSON text context column), {@code events} (epoch-millisecond times, NULL experiment and value where absent) and
 * {@code user_table} (the per-user table; {@code retained} as BOOLEAN or as a 0/1 number).
 */
final class ExportLoader {

    private final Connection connection;
    private final String doubleType;
    private final boolean retainedAsBoolean;

    ExportLoader(Connection connection, String doubleType, boolean retainedAsBoolean) {
        this.connection = connection;
        this.doubleType = doubleType;
        this.retainedAsBoolean = retainedAsBoolean;
    }

    void load(GeneratedExport export) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE assignments (user_id VARCHAR(40), experiment VARCHAR(40), variant VARCHAR(40), "
                    + "assigned_at TIMESTAMP, country VARCHAR(10), device VARCHAR(10), session_id VARCHAR(20), "
                    + "context VARCHAR(200))");
            ddl.execute("CREATE TABLE events (user_id VARCHAR(40), experiment VARCHAR(40), event_type VARCHAR(40), "
                    + "event_value " + doubleType + ", event_time BIGINT)");
            ddl.execute("CREATE TABLE user_table (user_id VARCHAR(40), experiment VARCHAR(40), variant VARCHAR(40), "
                    + "exposed_at TIMESTAMP, clicks " + doubleType + ", conversions " + doubleType + ", retained "
                    + (retainedAsBoolean ? "BOOLEAN" : doubleType) + ", pre_clicks " + doubleType
                    + ", country VARCHAR(10))");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        insertAssignments(export);
        insertEvents(export);
        insertUserRows(export);
        connection.commit();
        connection.setAutoCommit(autoCommit);
    }

    private void insertAssignments(GeneratedExport export) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO assignments VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (GeneratedExport.Assignment a : export.assignments) {
                insert.setString(1, a.user());
                insert.setString(2, a.experiment());
                insert.setString(3, a.variant());
                insert.setObject(4, timestamp(a.time()));
                insert.setString(5, a.dims().get("country"));
                insert.setString(6, a.dims().get("device"));
                insert.setString(7, a.dims().get("session_id"));
                insert.setString(8, json(a.dims()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertEvents(GeneratedExport export) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events VALUES (?, ?, ?, ?, ?)")) {
            for (GeneratedExport.Event e : export.events) {
                insert.setString(1, e.user());
                insert.setString(2, e.experiment());
                insert.setString(3, e.type());
                setDouble(insert, 4, e.value());
                insert.setLong(5, e.time());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertUserRows(GeneratedExport export) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO user_table VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (GeneratedExport.UserRow r : export.userRows) {
                insert.setString(1, r.user());
                insert.setString(2, r.experiment());
                insert.setString(3, r.variant());
                if (r.time() == GeneratedExport.NO_TIME) {
                    insert.setNull(4, Types.TIMESTAMP);
                } else {
                    insert.setObject(4, timestamp(r.time()));
                }
                setDouble(insert, 5, r.columns().get("clicks"));
                setDouble(insert, 6, r.columns().get("conversions"));
                double retained = r.columns().get("retained");
                if (retainedAsBoolean) {
                    insert.setBoolean(7, retained == 1);
                } else {
                    setDouble(insert, 7, retained);
                }
                setDouble(insert, 8, r.columns().get("pre_clicks"));
                insert.setString(9, r.country());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setDouble(PreparedStatement insert, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            insert.setNull(index, Types.DOUBLE);
        } else {
            insert.setDouble(index, value);
        }
    }

    static LocalDateTime timestamp(long millis) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000), Math.floorMod(millis, 1000) * 1_000_000,
                ZoneOffset.UTC);
    }

    static String json(Map<String, String> dims) {
        StringJoiner joiner = new StringJoiner(",", "{", "}");
        dims.forEach((key, value) -> joiner.add("\"" + key + "\":\"" + value + "\""));
        return joiner.toString();
    }
}
