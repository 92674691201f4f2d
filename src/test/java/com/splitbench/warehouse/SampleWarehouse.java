package com.splitbench.warehouse;

import com.splitbench.ingest.Cancellation;
import com.splitbench.ingest.ImportOptions;
import com.splitbench.ingest.ImportRequest;
import com.splitbench.ingest.ImportSource;
import com.splitbench.ingest.Importer;
import com.splitbench.sample.SampleExport;
import com.splitbench.sample.SampleExportGenerator;
import com.splitbench.sample.SampleFiles;
import com.splitbench.sample.SampleSize;
import com.splitbench.workspace.AssignmentChunk;
import com.splitbench.workspace.ChunkFilter;
import com.splitbench.workspace.EventChunk;
import com.splitbench.workspace.EventStore;
import com.splitbench.workspace.ImportShape;
import com.splitbench.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A stand-in warehouse for tests: an H2 file database, protected by a user and password, holding a sample export
 * (the generator of {@code sample-data/} with its seed, at {@link #SIZE}: H2 takes about a second per thousand users
 * for a full analysis with time series) exactly as a workspace imports it: the rows are read back from a workspace
 * that imported the export, so both hold the same data. Built once per test run, copied for each test.
 *
 * <p>{@code ASSIGNMENTS(USER_ID, EXPERIMENT, VARIANT, ASSIGNED_AT TIMESTAMP, COUNTRY, DEVICE, PLATFORM)} and
 * {@code EVENTS(USER_ID, EXPERIMENT, EVENT, AMOUNT DOUBLE, TS BIGINT epoch ms)}; {@link #MAPPING} maps them.
 */
public final class SampleWarehouse {

    public static final String USER = "analyst_kim";
    public static final String PASSWORD = "Tr0ub4dor&3-secret";
    private static final String FILE = "warehouse";
    /** Small enough for H2 to analyse an experiment in a few seconds. */
    public static final SampleSize SIZE = new SampleSize(800, 8_000);
    private static final List<String> DIMENSIONS = List.of("country", "device", "platform");

    /** The command-line options that map the tables (the same as the connection dialog's fields in UI tests). */
    public static final List<String> MAPPING = List.of("--assignments-table", "assignments",
            "--assignment-columns", "time=assigned_at", "--dimensions", String.join(",", DIMENSIONS),
            "--events-table", "events", "--event-columns", "experiment=experiment,value=amount,time=ts,"
                    + "time-format=epoch_ms");

    private static Path built;

    private SampleWarehouse() {
    }

    /** A fresh copy of the database in {@code folder}; returns its JDBC URL (no credentials in it). */
    public static synchronized String copyInto(Path folder) {
        try {
            if (built == null) {
                Path root = Files.createTempDirectory("splitbench-warehouse-");
                build(root);
                built = root.resolve(FILE + ".mv.db");
            }
            Path target = folder.resolve("dw");
            Files.createDirectories(target);
            Files.copy(built, target.resolve(FILE + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
            return url(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The sample warehouse could not be built", e);
        }
    }

    /** Opens the copy in {@code folder} with the owner's credentials, e.g. to change its data. */
    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    private static String url(Path directory) {
        return "jdbc:h2:file:" + directory.resolve(FILE).toAbsolutePath();
    }

    private static void build(Path root) throws IOException, SQLException {
        SampleExport export = new SampleExportGenerator(SampleExportGenerator.SAMPLE_DATA_SEED)
                .write(root.resolve("export"), SIZE, SampleFiles.PLAIN);
        try (Workspace workspace = Workspace.create(root.resolve("workspace"))) {
            new Importer(workspace).run(new ImportRequest(List.of(
                    new ImportSource(export.directory().resolve("assignments.csv"), ImportShape.ASSIGNMENTS),
                    new ImportSource(export.directory().resolve("events.csv"), ImportShape.EVENTS)),
                    ImportOptions.defaults()), progress -> { }, new Cancellation());
            try (Connection connection = connect(url(root))) {
                copy(workspace.eventStore(), connection);
            }
        }
    }

    private static void copy(EventStore store, Connection connection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE assignments(user_id VARCHAR(40), experiment VARCHAR(60), variant VARCHAR(60), "
                    + "assigned_at TIMESTAMP, country VARCHAR(20), device VARCHAR(20), platform VARCHAR(20))");
            ddl.execute("CREATE TABLE events(user_id VARCHAR(40), experiment VARCHAR(60), event VARCHAR(60), "
                    + "amount DOUBLE PRECISION, ts BIGINT)");
        }
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO assignments VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            store.assignments(ChunkFilter.all(), chunk -> insertAssignments(store, chunk, insert));
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events VALUES (?, ?, ?, ?, ?)")) {
            store.events(ChunkFilter.all(), chunk -> insertEvents(store, chunk, insert));
        }
        connection.commit();
    }

    private static void insertAssignments(EventStore store, AssignmentChunk chunk, PreparedStatement insert) {
        try {
            for (int i = 0; i < chunk.size(); i++) {
                insert.setString(1, store.unit(chunk.unit()[i]));
                insert.setString(2, store.symbol(chunk.experiment()[i]));
                insert.setString(3, store.symbol(chunk.variant()[i]));
                insert.setObject(4, LocalDateTime.ofInstant(Instant.ofEpochMilli(chunk.timeMillis()[i]),
                        ZoneOffset.UTC));
                for (int d = 0; d < DIMENSIONS.size(); d++) {
                    int column = chunk.dimensionNames().indexOf(DIMENSIONS.get(d));
                    int symbol = column < 0 ? -1 : chunk.dimensions()[column][i];
                    insert.setString(5 + d, symbol < 0 ? null : store.symbol(symbol));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insertEvents(EventStore store, EventChunk chunk, PreparedStatement insert) {
        try {
            for (int i = 0; i < chunk.size(); i++) {
                insert.setString(1, store.unit(chunk.unit()[i]));
                int experiment = chunk.experiment()[i];
                insert.setString(2, experiment == EventStore.NO_EXPERIMENT ? null : store.symbol(experiment));
                insert.setString(3, store.symbol(chunk.eventType()[i]));
                if (Double.isNaN(chunk.value()[i])) {
                    insert.setNull(4, Types.DOUBLE);
                } else {
                    insert.setDouble(4, chunk.value()[i]);
                }
                insert.setLong(5, chunk.timeMillis()[i]);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
