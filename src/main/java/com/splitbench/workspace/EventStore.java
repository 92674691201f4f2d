package com.splitbench.workspace;

import com.splitbench.workspace.store.ByteDictionary;
import com.splitbench.workspace.store.ChunkKind;
import com.splitbench.workspace.store.DecodedChunk;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The read side of the columnar event store: decoded chunks as primitive arrays, the dictionaries, and what the
 * data holds (experiments, event types). Unit ids are dense in {@code [0, unitCount())} across the whole
 * workspace, so assignments and events from different files join on them; symbol ids likewise in
 * {@code [0, symbolCount())}.
 *
 * <p>Chunks are streamed in the order they were written; each chunk is at most {@value #CHUNK_ROWS} rows.
 */
public final class EventStore {

    /** The {@code experiment} of an event that is not tied to an experiment, and of a chunk of such events. */
    public static final int NO_EXPERIMENT = -1;
    /** The {@code experiment} recorded for a chunk whose rows belong to more than one experiment. */
    public static final int MIXED_EXPERIMENTS = -2;
    /** Rows per chunk that the importer writes. */
    public static final int CHUNK_ROWS = 65_536;

    private final Workspace workspace;
    private final Connection connection;

    EventStore(Workspace workspace) {
        this.workspace = workspace;
        this.connection = workspace.connection();
    }

    public long dataVersion() {
        return workspace.dataVersion();
    }

    /** The number of distinct units in the workspace: per-unit arrays of this length can be indexed by unit id. */
    public int unitCount() {
        return workspace.dictionaries().unitCount();
    }

    /** The unit's id as it was in the files (reads the unit dictionary on first use). */
    public String unit(int unitId) {
        return units().string(unitId);
    }

    public OptionalInt unitId(String unit) {
        int id = units().find(unit);
        return id < 0 ? OptionalInt.empty() : OptionalInt.of(id);
    }

    public int symbolCount() {
        return symbols().size();
    }

    public String symbol(int symbolId) {
        return symbols().string(symbolId);
    }

    public OptionalInt symbolId(String symbol) {
        int id = symbols().find(symbol);
        return id < 0 ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /** The experiments in the imported assignments and per-user tables, by key, with their variants. */
    public List<ExperimentSummary> experiments() {
        return access(() -> StoreSummaries.experiments(connection, symbols()));
    }

    /** The event types in the imported events, by name. */
    public List<EventTypeSummary> eventTypes() {
        return access(() -> StoreSummaries.eventTypes(connection, symbols()));
    }

    public void assignments(ChunkFilter filter, Consumer<AssignmentChunk> consumer) {
        read(ChunkKind.ASSIGNMENTS, filter, ChunkLayouts::assignments, c -> ChunkRows.select(c, filter.experiment()),
                consumer);
    }

    public void events(ChunkFilter filter, Consumer<EventChunk> consumer) {
        read(ChunkKind.EVENTS, filter, ChunkLayouts::events, c -> ChunkRows.select(c, filter.experiment()), consumer);
    }

    public void userTables(ChunkFilter filter, Consumer<UserTableChunk> consumer) {
        read(ChunkKind.USER_TABLE, filter, ChunkLayouts::userTable, c -> ChunkRows.select(c, filter.experiment()),
                consumer);
    }

    /** Rows stored of one kind (a cheap metadata query; no chunk is decoded). */
    public long rowCount(ChunkKind kind) {
        return access(() -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COALESCE(SUM(row_count), 0) FROM chunk WHERE kind = ?")) {
                select.setInt(1, kind.code());
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private <T> void read(ChunkKind kind, ChunkFilter filter, Function<DecodedChunk, T> decode,
            Function<T, T> selectRows, Consumer<T> consumer) {
        String sql = "SELECT experiment, data FROM chunk WHERE kind = ?"
                + (filter.allExperiments() ? "" : " AND experiment IN (?, " + MIXED_EXPERIMENTS + ")") + " ORDER BY id";
        access(() -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setInt(1, kind.code());
                if (!filter.allExperiments()) {
                    select.setInt(2, filter.experiment());
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        boolean mixed = rs.getInt(1) == MIXED_EXPERIMENTS;
                        T chunk = decode.apply(DecodedChunk.decode(rs.getBytes(2)));
                        consumer.accept(mixed && !filter.allExperiments() ? selectRows.apply(chunk) : chunk);
                    }
                }
            }
            return null;
        });
    }

    private ByteDictionary units() {
        return access(() -> workspace.dictionaries().units(connection));
    }

    private ByteDictionary symbols() {
        return workspace.dictionaries().symbols();
    }

    private <T> T access(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw H2Errors.onAccess(workspace.directory(), e);
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws SQLException;
    }
}
