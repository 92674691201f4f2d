package com.splitbench.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/** Writes a {@link BenchmarkExport} into PostgreSQL tables with COPY, in chunks of text rows. */
final class PostgresLoader {

    private static final int CHUNK = 200_000;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private PostgresLoader() {
    }

    static void load(Connection connection, BenchmarkExport export) throws SQLException, java.io.IOException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE assignments (user_id BIGINT, experiment TEXT, variant TEXT, "
                    + "assigned_at TIMESTAMP, device TEXT, country TEXT)");
            sql.execute("CREATE TABLE events (user_id BIGINT, event_type TEXT, value DOUBLE PRECISION, "
                    + "event_time BIGINT)");
        }
        CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
        StringBuilder rows = new StringBuilder();
        for (int u = 0; u < export.users; u++) {
            rows.append(u).append('\t').append(BenchmarkExport.EXPERIMENT).append('\t')
                    .append(BenchmarkExport.VARIANTS[export.variant[u]]).append('\t')
                    .append(TIMESTAMP.format(Instant.ofEpochMilli(export.exposure[u]))).append('\t')
                    .append(BenchmarkExport.DEVICES[export.device[u]]).append('\t')
                    .append(BenchmarkExport.COUNTRIES[export.country[u]]).append('\n');
            if ((u + 1) % CHUNK == 0 || u + 1 == export.users) {
                copy.copyIn("COPY assignments FROM STDIN", new StringReader(rows.toString()));
                rows.setLength(0);
            }
        }
        int events = export.eventUnit.length;
        for (int i = 0; i < events; i++) {
            double value = export.eventValue[i];
            rows.append(export.eventUnit[i]).append('\t').append(BenchmarkExport.TYPES[export.eventType[i]])
                    .append('\t').append(Double.isNaN(value) ? "\\N" : Double.toString(value)).append('\t')
                    .append(export.eventTime[i]).append('\n');
            if ((i + 1) % CHUNK == 0 || i + 1 == events) {
                copy.copyIn("COPY events FROM STDIN", new StringReader(rows.toString()));
                rows.setLength(0);
            }
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("ANALYZE assignments");
            sql.execute("ANALYZE events");
        }
    }
}
