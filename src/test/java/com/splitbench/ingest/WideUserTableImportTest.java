package com.splitbench.ingest;

import static com.splitbench.testing.ExportFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.workspace.ChunkFilter;
import com.splitbench.workspace.EventStore;
import com.splitbench.workspace.ImportShape;
import com.splitbench.workspace.UserTableChunk;
import com.splitbench.workspace.Workspace;
import com.splitbench.workspace.schema.WorkspaceSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A per-user export with many metric columns (feature tables run to hundreds). The import records the column
 * mapping, which names every column; it used to fail past 4,000 characters of it, at about 100 long column names.
 */
class WideUserTableImportTest {

    private static final int COLUMNS = 150;

    @TempDir
    Path temp;

    private Path wideTable() throws Exception {
        StringBuilder csv = new StringBuilder("user_id,variant");
        for (int c = 0; c < COLUMNS; c++) {
            csv.append(",purchases_within_7_days_of_exposure_").append(c);
        }
        csv.append('\n');
        for (int u = 0; u < 40; u++) {
            csv.append('u').append(u).append(u % 2 == 0 ? ",control" : ",treatment");
            for (int c = 0; c < COLUMNS; c++) {
                csv.append(',').append((u * 7 + c) % 5);
            }
            csv.append('\n');
        }
        return write(temp, "wide_users.csv", csv.toString());
    }

    private static List<UserTableChunk> chunks(Workspace workspace) {
        EventStore store = workspace.eventStore();
        List<UserTableChunk> chunks = new ArrayList<>();
        store.userTables(ChunkFilter.experiment(store.symbolId("exp").orElseThrow()), chunks::add);
        return chunks;
    }

    private static void importWide(Workspace workspace, Path file) {
        new Importer(workspace).run(new ImportRequest(List.of(new ImportSource(file, ImportShape.USERS)),
                ImportOptions.defaults().withExperiment("exp")), ImportListener.NONE, new Cancellation());
    }

    @Test
    void importsAPerUserTableWithHundredsOfLongColumnNames() throws Exception {
        Path file = wideTable();
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            importWide(workspace, file);
            UserTableChunk chunk = chunks(workspace).get(0);
            assertThat(chunk.size()).isEqualTo(40);
            assertThat(chunk.columnNames()).hasSize(COLUMNS)
                    .contains("purchases_within_7_days_of_exposure_149");
            assertThat(chunk.columns()[149][3]).isEqualTo((3 * 7 + 149) % 5);
        }
    }

    @Test
    void aWorkspaceFromBeforeTheWiderMappingIsMigratedAndTakesTheWideTable() throws Exception {
        Path ws = temp.resolve("old");
        Files.createDirectories(ws);
        // A workspace as version 3 made it: the schema up to migration 3, and the marker written by
        // Workspace.create (rewritten on open after migrating).
        Workspace.create(ws).close();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:" + ws.resolve("workspace") + ";DB_CLOSE_DELAY=0", "sa", "")) {
            connection.createStatement().execute(
                    "ALTER TABLE import_file ALTER COLUMN column_mapping SET DATA TYPE VARCHAR(4000)");
            connection.createStatement().execute("DELETE FROM schema_version WHERE version >= 4");
        }
        Path file = wideTable();
        try (Workspace workspace = Workspace.open(ws)) {
            assertThat(workspace.schemaVersion()).isEqualTo(WorkspaceSchema.latestVersion());
            importWide(workspace, file);
            assertThat(chunks(workspace).get(0).columnNames()).hasSize(COLUMNS);
        }
    }
}
