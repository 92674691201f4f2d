package com.splitbench.workspace;

import com.splitbench.workspace.store.ByteDictionary;
import com.splitbench.workspace.store.ChunkEncoder;
import com.splitbench.workspace.store.ChunkKind;
import com.splitbench.workspace.store.DecodedChunk;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The workspace-wide unit and symbol dictionaries, kept in memory and persisted as dictionary chunks. Only
 * entries added since the last commit are written, in the import's transaction; a rollback truncates the
 * in-memory dictionaries back to their committed size so memory and file agree again.
 */
final class Dictionaries {

    static final int ENTRIES_PER_CHUNK = 65_536;

    private ByteDictionary units;
    private final ByteDictionary symbols;
    private int committedUnits;
    private int committedSymbols;

    private Dictionaries(ByteDictionary symbols, int committedUnits) {
        this.symbols = symbols;
        this.committedSymbols = symbols.size();
        this.committedUnits = committedUnits;
    }

    static Dictionaries load(Connection connection) throws SQLException {
        ByteDictionary symbols = read(connection, ChunkKind.SYMBOL_DICTIONARY);
        int units;
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COALESCE(SUM(row_count), 0) FROM chunk WHERE kind = ?")) {
            count.setInt(1, ChunkKind.UNIT_DICTIONARY.code());
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                units = rs.getInt(1);
            }
        }
        return new Dictionaries(symbols, units);
    }

    ByteDictionary symbols() {
        return symbols;
    }

    /** The unit dictionary, read on first use: a window that only shows results never needs it. */
    ByteDictionary units(Connection connection) throws SQLException {
        if (units == null) {
            units = read(connection, ChunkKind.UNIT_DICTIONARY);
            if (units.size() != committedUnits) {
                throw new IllegalStateException("Unit dictionary has " + units.size() + " entries, expected "
                        + committedUnits);
            }
        }
        return units;
    }

    int unitCount() {
        return units == null ? committedUnits : units.size();
    }

    /** Writes the entries added since the last commit, inside the caller's transaction. */
    void writeNewEntries(Connection connection) throws SQLException {
        if (units != null) {
            write(connection, ChunkKind.UNIT_DICTIONARY, units, committedUnits);
        }
        write(connection, ChunkKind.SYMBOL_DICTIONARY, symbols, committedSymbols);
    }

    void markCommitted() {
        committedSymbols = symbols.size();
        if (units != null) {
            committedUnits = units.size();
        }
    }

    void rollBack() {
        symbols.truncate(committedSymbols);
        if (units != null) {
            units.truncate(committedUnits);
        }
    }

    private static void write(Connection connection, ChunkKind kind, ByteDictionary dictionary, int from)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO chunk(kind, experiment, first_id,"
                + " row_count, byte_size, data) VALUES (?, -1, ?, ?, ?, ?)")) {
            for (int first = from; first < dictionary.size(); first += ENTRIES_PER_CHUNK) {
                int rows = Math.min(ENTRIES_PER_CHUNK, dictionary.size() - first);
                byte[] data = new ChunkEncoder(rows, rows * 12).strings("value", dictionary, first).toBytes();
                insert.setInt(1, kind.code());
                insert.setInt(2, first);
                insert.setInt(3, rows);
                insert.setInt(4, data.length);
                insert.setBytes(5, data);
                insert.executeUpdate();
            }
        }
    }

    private static ByteDictionary read(Connection connection, ChunkKind kind) throws SQLException {
        ByteDictionary dictionary = new ByteDictionary();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT first_id, data FROM chunk WHERE kind = ? ORDER BY first_id")) {
            select.setInt(1, kind.code());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    int first = rs.getInt(1);
                    DecodedChunk chunk = DecodedChunk.decode(rs.getBytes(2));
                    DecodedChunk.StringColumn values = chunk.strings("value");
                    int[] offsets = values.offsets();
                    for (int i = 0; i < chunk.rows(); i++) {
                        int id = dictionary.intern(values.bytes(), offsets[i], offsets[i + 1] - offsets[i]);
                        if (id != first + i) {
                            throw new IllegalStateException(kind + " is inconsistent at entry " + (first + i));
                        }
                    }
                }
            }
        }
        return dictionary;
    }
}
