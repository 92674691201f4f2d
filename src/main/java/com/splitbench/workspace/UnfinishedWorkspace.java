package com.splitbench.workspace;

import com.splitbench.common.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * A workspace whose creation was cut short: the process was killed after H2 made its database file and before
 * {@link Workspace#create} wrote the marker. Such a folder holds only the database's own files, and the database
 * holds no imports, definitions or sources (its schema may be partial). Without this, every later import into the
 * folder was refused for the missing marker and the user was left to find out that deleting it was safe.
 */
final class UnfinishedWorkspace {

    /** The tables in which a workspace keeps what a user made; an unfinished one has none of them filled. */
    private static final List<String> USER_TABLES =
            List.of("IMPORT_FILE", "EXPERIMENT_DEFINITION", "METRIC_DEFINITION", "DATA_SOURCE");

    private UnfinishedWorkspace() {
    }

    /** Whether {@code dir} has no marker, nothing but the workspace database's files, and nothing in them. */
    static boolean isUnfinished(Path dir) {
        if (Files.exists(dir.resolve(Workspace.MARKER_FILE)) || !onlyDatabaseFiles(dir)
                || !Files.isRegularFile(dir.resolve(Workspace.DATABASE_NAME + ".mv.db"))) {
            return false;
        }
        try (Connection connection = Workspace.connect(dir, true)) {
            for (String table : USER_TABLES) {
                if (hasRows(connection, table)) {
                    return false;
                }
            }
            return true;
        } catch (SQLException | UserFacingException e) {
            // Locked by another process, damaged, or not ours: not something to delete.
            return false;
        }
    }

    /** Deletes the database files of an unfinished workspace, leaving the folder empty for a new one. */
    static void remove(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.toList()) {
                Files.delete(entry);
            }
        }
    }

    private static boolean onlyDatabaseFiles(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.allMatch(entry -> Files.isRegularFile(entry)
                    && entry.getFileName().toString().startsWith(Workspace.DATABASE_NAME + "."));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasRows(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
            if (!tables.next()) {
                return false;
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
            return rs.next();
        }
    }
}
