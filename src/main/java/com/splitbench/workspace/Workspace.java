package com.splitbench.workspace;

import com.splitbench.common.UserFacingException;
import com.splitbench.workspace.schema.WorkspaceSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

/**
 * A workspace: a directory holding one embedded H2 database file ({@code workspace.mv.db}: no server, no TCP,
 * no console) and the marker {@code workspace.sbw}. Relational tables hold imports and definitions; events,
 * assignments and per-user tables are columnar chunks read through {@link #eventStore()}.
 *
 * <p>One thread uses a workspace at a time. H2 locks the file, so a second process gets a clear message.
 */
public final class Workspace implements AutoCloseable {

    public static final String MARKER_FILE = "workspace.sbw";
    static final String DATABASE_NAME = "workspace";

    private final Path directory;
    private final Connection connection;
    private final Dictionaries dictionaries;
    private final int schemaVersion;
    private boolean importOpen;

    private Workspace(Path directory, Connection connection, int schemaVersion) throws SQLException {
        this.directory = directory;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
        this.dictionaries = Dictionaries.load(connection);
    }

    /** Opens an existing workspace, migrating its schema forward when it is older than this app. */
    public static Workspace open(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        Path marker = dir.resolve(MARKER_FILE);
        if (!Files.isRegularFile(marker)) {
            throw new UserFacingException("There is no Splitbench workspace at " + dir + " (no " + MARKER_FILE
                    + "). Import into a new folder to create one.");
        }
        refuseIfNewer(dir, WorkspaceMarker.read(marker).schemaVersion());
        Connection connection = connect(dir, true);
        try {
            int version = WorkspaceSchema.currentVersion(connection);
            refuseIfNewer(dir, version);
            if (version < WorkspaceSchema.latestVersion()) {
                WorkspaceSchema.migrate(connection, version);
                writeMarker(dir);
            }
            return new Workspace(dir, connection, WorkspaceSchema.latestVersion());
        } catch (SQLException e) {
            closeQuietly(connection);
            throw H2Errors.onAccess(dir, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Creates a workspace in a missing or empty directory. */
    public static Workspace create(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        if (Files.exists(dir) && !isEmptyDirectory(dir)) {
            throw new UserFacingException("Cannot create a workspace in " + dir + ": the folder is not empty."
                    + " Choose a new or empty folder.");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserFacingException("Cannot create the workspace folder " + dir + ": " + e.getMessage(), e);
        }
        Connection connection = connect(dir, false);
        try {
            WorkspaceSchema.migrate(connection, 0);
            writeMarker(dir);
            return new Workspace(dir, connection, WorkspaceSchema.latestVersion());
        } catch (SQLException e) {
            closeQuietly(connection);
            throw H2Errors.onAccess(dir, e);
        }
    }

    /**
     * Opens the workspace in {@code directory}, creating it when the folder is missing or empty, or when it holds
     * only a workspace whose creation was cut short ({@link UnfinishedWorkspace}), which is made again.
     */
    public static Workspace openOrCreate(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.exists(dir) || isEmptyDirectory(dir)) {
            return create(dir);
        }
        if (UnfinishedWorkspace.isUnfinished(dir)) {
            try {
                UnfinishedWorkspace.remove(dir);
            } catch (IOException e) {
                throw new UserFacingException("The folder " + dir + " holds a workspace whose creation was cut"
                        + " short, and it could not be cleared (" + e.getMessage() + "). Delete the folder and"
                        + " import again.", e);
            }
            return create(dir);
        }
        return open(dir);
    }

    public Path directory() {
        return directory;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** A number that grows with every committed import; caches of analysis results are keyed on it. */
    public long dataVersion() {
        try {
            return ImportRepository.dataVersion(connection);
        } catch (SQLException e) {
            throw H2Errors.onAccess(directory, e);
        }
    }

    /** Every recorded import, oldest first. */
    public List<ImportRecord> imports() {
        try {
            return ImportRepository.all(connection);
        } catch (SQLException e) {
            throw H2Errors.onAccess(directory, e);
        }
    }

    /**
     * Records that the file of an import is now at {@code path}: the same contents (the caller checks), copied or
     * moved. Only the path changes; the data, the data version and the rest of the record stay as they were.
     */
    public void relocateImport(long importId, Path path) {
        try {
            ImportRepository.relocate(connection, importId, path.toAbsolutePath().normalize().toString());
        } catch (SQLException e) {
            throw H2Errors.onAccess(directory, e);
        }
    }

    /** The columnar event store: the analysis engine's way in. */
    public EventStore eventStore() {
        return new EventStore(this);
    }

    /** Starts an import transaction; close it without {@code commit()} to leave the workspace as it was. */
    public ImportTransaction beginImport() {
        if (importOpen) {
            throw new IllegalStateException("An import is already open on this workspace");
        }
        try {
            ImportTransaction transaction = new ImportTransaction(this);
            importOpen = true;
            return transaction;
        } catch (SQLException e) {
            throw H2Errors.onAccess(directory, e);
        }
    }

    /**
     * The JDBC connection, for repositories in {@code workspace} and {@code analysis} that add their own tables
     * through {@link WorkspaceSchema}. Do not change its auto-commit mode while an import is open.
     */
    public Connection connection() {
        return connection;
    }

    Dictionaries dictionaries() {
        return dictionaries;
    }

    void importClosed() {
        importOpen = false;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw H2Errors.onAccess(directory, e);
        }
    }

    /** A connection to the workspace database in {@code dir}; fails with a message for the user when it cannot. */
    static Connection connect(Path dir, boolean mustExist) {
        String path = dir.resolve(DATABASE_NAME).toString();
        if (path.indexOf(';') >= 0) {
            throw new UserFacingException("The workspace path " + dir + " contains ';', which the database"
                    + " cannot use. Choose a folder without ';' in its path.");
        }
        // DB_CLOSE_ON_EXIT=FALSE: our own shutdown hook rolls an interrupted import back before closing.
        String url = "jdbc:h2:file:" + path + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE"
                + (mustExist ? ";IFEXISTS=TRUE" : "");
        try {
            return DriverManager.getConnection(url, "sa", "");
        } catch (SQLException e) {
            throw H2Errors.onOpen(dir, e);
        }
    }

    private static void refuseIfNewer(Path dir, int version) {
        if (version > WorkspaceSchema.latestVersion()) {
            throw new UserFacingException("The workspace " + dir + " was written by a newer Splitbench (workspace"
                    + " format " + version + "; this version reads up to " + WorkspaceSchema.latestVersion()
                    + "). Open it with a newer Splitbench; it has not been changed.");
        }
    }

    private static void writeMarker(Path dir) {
        new WorkspaceMarker(WorkspaceMarker.FORMAT, WorkspaceSchema.latestVersion(), "splitbench")
                .write(dir.resolve(MARKER_FILE));
    }

    private static boolean isEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing with a clearer error.
        }
    }
}
