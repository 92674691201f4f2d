package com.splitbench.ingest;

import static com.splitbench.testing.ExportFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.testing.WorkspaceSnapshot;
import com.splitbench.workspace.ChunkFilter;
import com.splitbench.workspace.EventStore;
import com.splitbench.workspace.ImportShape;
import com.splitbench.workspace.UserTableChunk;
import com.splitbench.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-user tables whose metric columns hold a few cells that are not numbers or booleans. */
class UserTableImportTest {

    private static final String REVENUE_WITH_NA = "user_id,variant,revenue,country\nu1,control,10.5,DE\n"
            + "u2,treatment,N/A,FR\nu3,control,4,\nu4,treatment,30,DE\nu5,control,,FR\n";

    @TempDir
    Path temp;

    private ImportSummary run(Workspace workspace, ImportOptions options, Path file) {
        return new Importer(workspace).run(new ImportRequest(List.of(new ImportSource(file, ImportShape.USERS)),
                options.withExperiment("exp")), ImportListener.NONE, new Cancellation());
    }

    private static UserTableChunk onlyChunk(Workspace workspace) {
        EventStore store = workspace.eventStore();
        List<UserTableChunk> chunks = new ArrayList<>();
        store.userTables(ChunkFilter.experiment(store.symbolId("exp").orElseThrow()), chunks::add);
        assertThat(chunks).hasSize(1);
        return chunks.get(0);
    }

    @Test
    void aCellThatIsNotANumberInAMetricColumnFailsTheImportWithItsLineAndColumn() throws Exception {
        Path ws = temp.resolve("ws");
        Workspace.create(ws).close();
        List<String> before = WorkspaceSnapshot.of(ws);
        Path file = write(temp, "t.csv", REVENUE_WITH_NA);
        try (Workspace workspace = Workspace.open(ws)) {
            assertThatThrownBy(() -> run(workspace, ImportOptions.defaults(), file))
                    .isInstanceOf(BadRowsException.class)
                    .hasMessageContaining("1 row cannot be read; nothing was imported.")
                    .hasMessageContaining("t.csv line 3, column revenue: 'N/A' is not a number")
                    .hasMessageContaining("--skip-bad-rows");
        }
        assertThat(WorkspaceSnapshot.of(ws)).isEqualTo(before);
    }

    @Test
    void skippingBadRowsKeepsTheMetricAndWritesTheBadCellToTheRejectsFile() throws Exception {
        Path file = write(temp, "t.csv", REVENUE_WITH_NA);
        Path rejects = temp.resolve("rejects.csv");
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            ImportSummary summary = run(workspace, ImportOptions.defaults().withSkipBadRows(true, rejects), file);
            assertThat(summary.rejectedRows()).containsExactly(
                    new BadRow("t.csv", 3, "revenue", "'N/A' is not a number"));
            assertThat(summary.files().get(0).notes()).containsExactly("metrics: revenue (number)",
                    "dimensions: country");
            UserTableChunk chunk = onlyChunk(workspace);
            assertThat(chunk.columnNames()).containsExactly("revenue");
            assertThat(chunk.booleanColumn()).containsExactly(false);
            assertThat(chunk.columns()[0]).hasSize(4);
            assertThat(chunk.columns()[0][0]).isEqualTo(10.5);
            assertThat(chunk.columns()[0][3]).as("an empty cell is a missing value").isNaN();
            assertThat(chunk.dimensionNames()).containsExactly("country");
        }
        assertThat(Files.readAllLines(rejects)).containsExactly("file,line,column,reason,row",
                "\"t.csv\",3,\"revenue\",\"'N/A' is not a number\",\"u2,treatment,N/A,FR\"");
    }

    @Test
    void aStrayNumberInATrueFalseColumnIsABadRowOfABooleanMetric() throws Exception {
        Path file = write(temp, "t.csv", "user_id,variant,converted,spend\nu1,control,TRUE,NaN\n"
                + "u2,treatment,2,\"1,234.50\"\nu3,control,FALSE,4\nu4,treatment,true,30\nu5,control,no,7\n");
        Path rejects = temp.resolve("rejects.csv");
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            assertThatThrownBy(() -> run(workspace, ImportOptions.defaults(), file))
                    .hasMessageContaining("t.csv line 2, column spend: 'NaN' is not a number")
                    .hasMessageContaining("t.csv line 3, column converted: '2' is not a boolean");
            ImportSummary summary = run(workspace, ImportOptions.defaults().withSkipBadRows(true, rejects), file);
            assertThat(summary.rowsImported()).isEqualTo(3);
            assertThat(summary.files().get(0).notes()).containsExactly("metrics: converted (boolean), spend (number)",
                    "dimensions: none");
            UserTableChunk chunk = onlyChunk(workspace);
            assertThat(chunk.booleanColumn()).containsExactly(true, false);
            assertThat(chunk.columns()[0]).containsExactly(0.0, 1.0, 0.0);
            assertThat(chunk.columns()[1]).containsExactly(4.0, 30.0, 7.0);
        }
    }

    @Test
    void textualColumnsStayDimensionsEvenWithANumberAmongThem() throws Exception {
        Path file = write(temp, "t.csv", "user_id,variant,country,account,score\nu1,control,DE,a-17,1\n"
                + "u2,treatment,FR,b-20,2\nu3,control,42,c-33,3\n");
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            ImportSummary summary = run(workspace, ImportOptions.defaults(), file);
            assertThat(summary.rowsRejected()).isZero();
            assertThat(summary.files().get(0).notes()).containsExactly("metrics: score (number)",
                    "dimensions: country, account");
            UserTableChunk chunk = onlyChunk(workspace);
            assertThat(chunk.columnNames()).containsExactly("score");
            assertThat(chunk.dimensionNames()).containsExactly("country", "account");
        }
    }
}
