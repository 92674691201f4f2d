package com.splitbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.splitbench.workspace.AssignmentChunk;
import com.splitbench.workspace.ChunkFilter;
import com.splitbench.workspace.EventStore;
import com.splitbench.workspace.ExperimentSummary;
import com.splitbench.workspace.ImportShape;
import com.splitbench.workspace.UserTableChunk;
import com.splitbench.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports exports nobody on the importer wrote: the project's sample data, whose generator records in
 * {@code manifest.json} how many duplicate rows it planted, and the public exports in {@code ../shared/real-exports}
 * (skipped where that folder is absent), whose README states the users per variant of cookie_cats.csv.
 */
class SampleAndRealExportsImportTest {

    private static final Path SAMPLE = Path.of("sample-data");
    /** Beside the clone in CI and in the main checkout; one level further up in a worktree. */
    private static final Path REAL = Files.isDirectory(Path.of("..", "shared", "real-exports"))
            ? Path.of("..", "shared", "real-exports") : Path.of("..", "..", "shared", "real-exports");

    @TempDir
    Path temp;

    private static ImportSummary run(Workspace workspace, ImportOptions options, ImportSource... sources) {
        return new Importer(workspace).run(new ImportRequest(List.of(sources), options), ImportListener.NONE,
                new Cancellation());
    }

    @Test
    void skipsExactlyTheDuplicateRowsTheSampleGeneratorPlanted() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(SAMPLE.resolve("manifest.json").toFile());
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            ImportSummary summary = run(workspace, ImportOptions.defaults(),
                    new ImportSource(SAMPLE.resolve("assignments.csv.gz"), ImportShape.ASSIGNMENTS),
                    new ImportSource(SAMPLE.resolve("events.csv.gz"), ImportShape.EVENTS));
            assertThat(summary.files().get(0).rowsRead()).isEqualTo(manifest.at("/totals/assignment_rows").asLong());
            assertThat(summary.files().get(0).duplicatesSkipped())
                    .isEqualTo(manifest.at("/mess/counts/duplicate_assignment_rows").asLong(-1));
            assertThat(summary.files().get(1).rowsRead()).isEqualTo(manifest.at("/totals/event_rows").asLong());
            assertThat(summary.files().get(1).duplicatesSkipped())
                    .isEqualTo(manifest.at("/mess/counts/duplicate_event_rows").asLong(-1));
            assertThat(summary.rowsRejected()).isZero();
            EventStore store = workspace.eventStore();
            assertThat(store.unitCount()).isLessThanOrEqualTo(manifest.at("/totals/users").asInt());
            for (JsonNode experiment : manifest.get("experiments")) {
                ExperimentSummary found = store.experiments().stream()
                        .filter(e -> e.key().equals(experiment.get("key").asText())).findFirst().orElseThrow();
                assertThat(found.rows()).as(found.key()).isEqualTo(experiment.get("assignment_rows").asLong()
                        - experiment.get("duplicate_assignment_rows").asLong());
            }
        }
    }

    @Test
    void csvAndJsonLinesCopiesOfTheSampleAssignmentsStoreTheSameRows() throws Exception {
        List<String> fromCsv = assignmentsAsText(SAMPLE.resolve("assignments.csv.gz"), "csv");
        List<String> fromJson = assignmentsAsText(SAMPLE.resolve("assignments.jsonl.gz"), "json");
        assertThat(fromCsv).hasSize(38_999 - 384).isEqualTo(fromJson);
    }

    private List<String> assignmentsAsText(Path file, String name) {
        List<String> rows = new ArrayList<>();
        try (Workspace workspace = Workspace.create(temp.resolve(name))) {
            run(workspace, ImportOptions.defaults(), new ImportSource(file, ImportShape.ASSIGNMENTS));
            EventStore store = workspace.eventStore();
            store.assignments(ChunkFilter.all(), (AssignmentChunk c) -> {
                for (int i = 0; i < c.size(); i++) {
                    StringBuilder row = new StringBuilder(store.unit(c.unit()[i])).append(' ')
                            .append(store.symbol(c.experiment()[i])).append(' ').append(store.symbol(c.variant()[i]))
                            .append(' ').append(c.timeMillis()[i]);
                    for (int k = 0; k < c.dimensionNames().size(); k++) {
                        int v = c.dimensions()[k][i];
                        if (v >= 0) {
                            row.append(' ').append(c.dimensionNames().get(k)).append('=').append(store.symbol(v));
                        }
                    }
                    rows.add(row.toString());
                }
            });
        }
        rows.sort(null);
        return rows;
    }

    @Test
    void importsCookieCatsWithTheUsersPerVariantItsReadmeStates() throws Exception {
        assumeTrue(Files.isDirectory(REAL), "../shared/real-exports is not here");
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            ImportSummary summary = run(workspace, ImportOptions.defaults().withExperiment("cookie_cats"),
                    new ImportSource(REAL.resolve("cookie_cats.csv"), ImportShape.USERS));
            assertThat(summary.summaryLine())
                    .isEqualTo("rows read: 90189, imported: 90189, rejected: 0, duplicates skipped: 0");
            ExperimentSummary cookies = workspace.eventStore().experiments().get(0);
            assertThat(cookies.variants()).extracting(v -> v.name() + "=" + v.rows())
                    .containsExactly("gate_30=44700", "gate_40=45489");
            double maxRounds = 0;
            List<UserTableChunk> chunks = new ArrayList<>();
            workspace.eventStore().userTables(ChunkFilter.all(), chunks::add);
            for (UserTableChunk chunk : chunks) {
                assertThat(chunk.columnNames()).containsExactly("sum_gamerounds", "retention_1", "retention_7");
                assertThat(chunk.booleanColumn()).containsExactly(false, true, true);
                for (int i = 0; i < chunk.size(); i++) {
                    maxRounds = Math.max(maxRounds, chunk.columns()[0][i]);
                }
            }
            assertThat(maxRounds).isEqualTo(49_854);
        }
    }

    @Test
    void importsTheOtherRealExportsAsPerUserTables() throws Exception {
        assumeTrue(Files.isDirectory(REAL), "../shared/real-exports is not here");
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            ImportSummary page = run(workspace, ImportOptions.defaults().withExperiment("page_design"),
                    new ImportSource(REAL.resolve("page_design_subscriptions.csv"), ImportShape.USERS));
            // The file repeats two rows exactly (sort | uniq -d finds users 680345 and 917610).
            assertThat(page.summaryLine()).isEqualTo("rows read: 476, imported: 474, rejected: 0, duplicates skipped: 2");
            ImportSummary buttons = run(workspace, ImportOptions.defaults().withExperiment("buttons"),
                    new ImportSource(REAL.resolve("button_clicks_conversions.csv"), ImportShape.USERS));
            assertThat(buttons.rowsImported()).isEqualTo(20_000);
            List<UserTableChunk> chunks = new ArrayList<>();
            EventStore store = workspace.eventStore();
            store.userTables(ChunkFilter.experiment(store.symbolId("page_design").orElseThrow()), chunks::add);
            assertThat(chunks.get(0).columnNames()).containsExactly("subscribed");
            assertThat(chunks.get(0).dimensionNames()).containsExactly("page_design");
            assertThat(chunks.get(0).timeMillis()[0]).isEqualTo(java.time.Instant.parse("2021-01-05T00:31:25.931Z")
                    .toEpochMilli());
        }
    }
}
