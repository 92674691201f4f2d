package com.splitbench.workspace;

import com.splitbench.workspace.store.ByteDictionary;
import com.splitbench.workspace.store.ChunkKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

/**
 * All writes of one import command, in one H2 transaction. Closing it without {@link #commit()} rolls back
 * the database and the in-memory dictionaries, so a failed or cancelled import leaves the workspace as it was;
 * a killed process leaves an uncommitted transaction that H2 discards when the file is next opened.
 *
 * <p>Used from one thread (the import's writer thread); the dictionaries may be filled by another thread as long
 * as that thread has finished (joined) before {@link #commit()}.
 */
public final class ImportTransaction implements AutoCloseable {

    private final Workspace workspace;
    private final Connection connection;
    private final long dataVersion;
    private final PreparedStatement insertChunk;
    private final PreparedStatement insertAssignmentSummary;
    private final PreparedStatement insertEventSummary;
    private boolean committed;
    private boolean closed;

    ImportTransaction(Workspace workspace) throws SQLException {
        this.workspace = workspace;
        this.connection = workspace.connection();
        connection.setAutoCommit(false);
        this.dataVersion = ImportRepository.dataVersion(connection) + 1;
        this.insertChunk = connection.prepareStatement("INSERT INTO chunk(kind, import_id, experiment, first_id,"
                + " row_count, min_time, max_time, byte_size, data) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?)");
        this.insertAssignmentSummary = connection.prepareStatement("INSERT INTO assignment_summary(import_id,"
                + " kind, experiment, variant, row_count, first_time, last_time) VALUES (?, ?, ?, ?, ?, ?, ?)");
        this.insertEventSummary = connection.prepareStatement("INSERT INTO event_summary(import_id, event_type,"
                + " row_count, valued_rows, first_time, last_time) VALUES (?, ?, ?, ?, ?, ?)");
    }

    /** The workspace-wide unit dictionary (read from the workspace on first use). */
    public ByteDictionary units() {
        try {
            return workspace.dictionaries().units(connection);
        } catch (SQLException e) {
            throw H2Errors.onAccess(workspace.directory(), e);
        }
    }

    /** The symbol dictionary: experiments, variants, event types, dimension names and values. */
    public ByteDictionary symbols() {
        return workspace.dictionaries().symbols();
    }

    /** The import (committed, or earlier in this transaction) of a file with this content hash, if any. */
    public Optional<ImportRecord> findImport(String sha256) {
        return access(() -> ImportRepository.findBySha256(connection, sha256));
    }

    /** Whether any import has this file size: only then can a file be a re-import worth hashing up front. */
    public boolean anyImportOfSize(long size) {
        return access(() -> ImportRepository.anyOfSize(connection, size));
    }

    /** Records the start of a file and returns its import id, which its chunks and summaries refer to. */
    public long beginFile(FileImportStart start) {
        return access(() -> ImportRepository.insert(connection, dataVersion, start));
    }

    /** Stores assignment rows as one chunk (callers hand in at most about 64k rows). */
    public void writeAssignments(long importId, AssignmentChunk chunk) {
        writeChunk(importId, ChunkKind.ASSIGNMENTS, chunk.experiment(), chunk.timeMillis(), chunk.size(),
                ChunkLayouts.encode(chunk));
    }

    /** Stores metric event rows as one chunk. */
    public void writeEvents(long importId, EventChunk chunk) {
        writeChunk(importId, ChunkKind.EVENTS, chunk.experiment(), chunk.timeMillis(), chunk.size(),
                ChunkLayouts.encode(chunk));
    }

    /** Stores per-user table rows as one chunk. */
    public void writeUserTable(long importId, UserTableChunk chunk) {
        writeChunk(importId, ChunkKind.USER_TABLE, chunk.experiment(), chunk.timeMillis(), chunk.size(),
                ChunkLayouts.encode(chunk));
    }

    private void writeChunk(long importId, ChunkKind kind, int[] experiments, long[] times, int rows, byte[] data) {
        int experiment = rows == 0 ? EventStore.NO_EXPERIMENT : experiments[0];
        long minTime = Long.MAX_VALUE;
        long maxTime = Long.MIN_VALUE;
        for (int i = 0; i < rows; i++) {
            if (experiments[i] != experiment) {
                experiment = EventStore.MIXED_EXPERIMENTS;
            }
            long time = times[i];
            if (time != Long.MIN_VALUE) {
                minTime = Math.min(minTime, time);
                maxTime = Math.max(maxTime, time);
            }
        }
        int chunkExperiment = experiment;
        long first = minTime;
        long last = maxTime;
        access(() -> {
            insertChunk.setInt(1, kind.code());
            insertChunk.setLong(2, importId);
            insertChunk.setInt(3, chunkExperiment);
            insertChunk.setInt(4, rows);
            insertChunk.setLong(5, first);
            insertChunk.setLong(6, last);
            insertChunk.setInt(7, data.length);
            insertChunk.setBytes(8, data);
            return insertChunk.executeUpdate();
        });
    }

    /** Rows per (experiment, variant) of an assignments or per-user-table file, for experiment discovery. */
    public void writeAssignmentSummary(long importId, ChunkKind kind, int experiment, int variant, long rows,
            long firstTime, long lastTime) {
        access(() -> {
            insertAssignmentSummary.setLong(1, importId);
            insertAssignmentSummary.setInt(2, kind.code());
            insertAssignmentSummary.setInt(3, experiment);
            insertAssignmentSummary.setInt(4, variant);
            insertAssignmentSummary.setLong(5, rows);
            insertAssignmentSummary.setLong(6, firstTime);
            insertAssignmentSummary.setLong(7, lastTime);
            return insertAssignmentSummary.executeUpdate();
        });
    }

    /** Rows per event type of an events file, and how many carried a value. */
    public void writeEventSummary(long importId, int eventType, long rows, long valuedRows, long firstTime,
            long lastTime) {
        access(() -> {
            insertEventSummary.setLong(1, importId);
            insertEventSummary.setInt(2, eventType);
            insertEventSummary.setLong(3, rows);
            insertEventSummary.setLong(4, valuedRows);
            insertEventSummary.setLong(5, firstTime);
            insertEventSummary.setLong(6, lastTime);
            return insertEventSummary.executeUpdate();
        });
    }

    public void finishFile(long importId, String sha256, FileImportCounts counts) {
        access(() -> {
            ImportRepository.finish(connection, importId, sha256, counts);
            return null;
        });
    }

    /** Writes the new dictionary entries, bumps the data version and commits. Returns the new data version. */
    public long commit() {
        long version = access(() -> {
            workspace.dictionaries().writeNewEntries(connection);
            long next = ImportRepository.incrementDataVersion(connection);
            connection.commit();
            return next;
        });
        workspace.dictionaries().markCommitted();
        committed = true;
        return version;
    }

    /** Rolls back unless committed. Safe to call more than once. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!committed) {
                connection.rollback();
            }
            insertChunk.close();
            insertAssignmentSummary.close();
            insertEventSummary.close();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw H2Errors.onAccess(workspace.directory(), e);
        } finally {
            if (!committed) {
                workspace.dictionaries().rollBack();
            }
            workspace.importClosed();
        }
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
