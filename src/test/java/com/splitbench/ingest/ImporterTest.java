package com.splitbench.ingest;

import static com.splitbench.testing.ExportFiles.gzip;
import static com.splitbench.testing.ExportFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.common.UserFacingException;
import com.splitbench.ingest.source.CsvRecordReader;
import com.splitbench.testing.ExportFiles;
import com.splitbench.testing.WorkspaceSnapshot;
import com.splitbench.workspace.AssignmentChunk;
import com.splitbench.workspace.ChunkFilter;
import com.splitbench.workspace.EventChunk;
import com.splitbench.workspace.EventStore;
import com.splitbench.workspace.EventTypeSummary;
import com.splitbench.workspace.ExperimentSummary;
import com.splitbench.workspace.ImportShape;
import com.splitbench.workspace.UserTableChunk;
import com.splitbench.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {

    private static final String ASSIGNMENTS = "user_id,experiment,variant,assigned_at,context\r\n"
            + "u1,checkout,control,2024-03-01T10:00:00Z,\"{\"\"device\"\":\"\"ios\"\",\"\"country\"\":\"\"DE\"\"}\"\r\n"
            + "u2,checkout,treatment,2024-03-01 11:00:00,\"{\"\"device\"\":\"\"web\"\"}\"\r\n"
            + "u2,checkout,treatment,2024-03-01 11:00:00,\"{\"\"device\"\":\"\"web\"\"}\"\r\n"
            + "u3,pricing,b,1709290800,\r\n";
    private static final String EVENTS = "user_id,event_name,revenue,timestamp,platform\n"
            + "u1,purchase,19.99,2024-03-02T08:00:00.123Z,app\n"
            + "u2,view,,2024-03-02T09:00:00Z,\n"
            + "u9,view,,2024-03-02T09:30:00Z,web\n";

    @TempDir
    Path temp;

    private ImportSummary run(Workspace workspace, ImportOptions options, ImportSource... sources) {
        return new Importer(workspace).run(new ImportRequest(List.of(sources), options), ImportListener.NONE,
                new Cancellation());
    }

    private static ImportSource assignments(Path file) {
        return new ImportSource(file, ImportShape.ASSIGNMENTS);
    }

    private static ImportSource events(Path file) {
        return new ImportSource(file, ImportShape.EVENTS);
    }

    @Test
    void importsAssignmentsAndEventsThatJoinOnUnitIds() throws Exception {
        Path a = write(temp, "assignments.csv", ASSIGNMENTS);
        Path e = write(temp, "events.csv", EVENTS);
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            ImportSummary summary = run(workspace, ImportOptions.defaults(), assignments(a), events(e));
            assertThat(summary.summaryLine()).isEqualTo("rows read: 7, imported: 6, rejected: 0, duplicates skipped: 1");
            assertThat(summary.dataVersion()).isEqualTo(1);
            EventStore store = workspace.eventStore();
            assertThat(store.unitCount()).isEqualTo(4);
            List<AssignmentChunk> chunks = new ArrayList<>();
            store.assignments(ChunkFilter.experiment(store.symbolId("checkout").orElseThrow()), chunks::add);
            assertThat(chunks).hasSize(1);
            AssignmentChunk checkout = chunks.get(0);
            assertThat(checkout.size()).isEqualTo(2);
            assertThat(store.unit(checkout.unit()[1])).isEqualTo("u2");
            assertThat(store.symbol(checkout.variant()[1])).isEqualTo("treatment");
            assertThat(checkout.timeMillis()[0]).isEqualTo(Instant.parse("2024-03-01T10:00:00Z").toEpochMilli());
            assertThat(checkout.dimensionNames()).containsExactly("device", "country");
            assertThat(store.symbol(checkout.dimensions()[0][1])).isEqualTo("web");
            assertThat(checkout.dimensions()[1][1]).isEqualTo(-1);

            List<EventChunk> events = new ArrayList<>();
            store.events(ChunkFilter.all(), events::add);
            EventChunk chunk = events.get(0);
            assertThat(chunk.unit()[0]).isEqualTo(checkout.unit()[0]);
            assertThat(chunk.experiment()).containsOnly(EventStore.NO_EXPERIMENT);
            assertThat(chunk.value()[0]).isEqualTo(19.99);
            assertThat(chunk.value()[1]).isNaN();
            assertThat(chunk.timeMillis()[0]).isEqualTo(Instant.parse("2024-03-02T08:00:00.123Z").toEpochMilli());
            assertThat(chunk.dimensionNames()).containsExactly("platform");
            assertThat(store.symbol(chunk.dimensions()[0][0])).isEqualTo("app");

            assertThat(store.experiments()).extracting(ExperimentSummary::key).containsExactly("checkout", "pricing");
            ExperimentSummary first = store.experiments().get(0);
            assertThat(first.variants()).extracting(v -> v.name() + "=" + v.rows())
                    .containsExactly("control=1", "treatment=1");
            assertThat(store.eventTypes()).extracting(t -> t.name() + ":" + t.rows() + ":" + t.hasValues())
                    .containsExactly("purchase:1:true", "view:2:false");
            assertThat(workspace.imports()).extracting(r -> r.fileName() + " " + r.rowsImported())
                    .containsExactly("assignments.csv 3", "events.csv 3");
            assertThat(workspace.imports().get(0).sha256()).hasSize(64);
        }
        try (Workspace reopened = Workspace.open(temp.resolve("ws"))) {
            EventStore store = reopened.eventStore();
            assertThat(store.unitId("u9")).isPresent();
            assertThat(store.eventTypes()).extracting(EventTypeSummary::name).containsExactly("purchase", "view");
        }
    }

    @Test
    void reimportingTheSameContentChangesNothingAndSaysSo() throws Exception {
        Path e = write(temp, "events.csv", EVENTS);
        Path copy = write(temp, "renamed-copy.csv", EVENTS);
        Path ws = temp.resolve("ws");
        try (Workspace workspace = Workspace.create(ws)) {
            run(workspace, ImportOptions.defaults(), events(e));
        }
        List<String> before = WorkspaceSnapshot.of(ws);
        try (Workspace workspace = Workspace.open(ws)) {
            ImportSummary again = run(workspace, ImportOptions.defaults(), events(copy));
            assertThat(again.summaryLine()).isEqualTo(
                    "rows read: 0, imported: 0, rejected: 0, duplicates skipped: 0; already imported: renamed-copy.csv");
            assertThat(again.dataVersion()).isEqualTo(1);
        }
        assertThat(WorkspaceSnapshot.of(ws)).isEqualTo(before);
    }

    @Test
    void aBadRowInTheLastFileLeavesTheWorkspaceAsItWasIncludingDictionaries() throws Exception {
        Path ws = temp.resolve("ws");
        try (Workspace workspace = Workspace.create(ws)) {
            run(workspace, ImportOptions.defaults(), events(write(temp, "first.csv", EVENTS)));
        }
        List<String> before = WorkspaceSnapshot.of(ws);
        Path good = write(temp, "good.csv", ASSIGNMENTS.replace("u1", "new1"));
        Path bad = write(temp, "bad.csv", "user_id,event_type,value,timestamp\nn1,view,,2024-03-01T00:00:00Z\n"
                + "n2,view,abc,2024-03-01T00:00:00Z\nn3,view,,yesterday\nn4,view\n");
        try (Workspace workspace = Workspace.open(ws)) {
            int unitsBefore = workspace.eventStore().unitCount();
            assertThatThrownBy(() -> run(workspace, ImportOptions.defaults(), assignments(good), events(bad)))
                    .isInstanceOf(BadRowsException.class)
                    .hasMessageContaining("3 rows cannot be read; nothing was imported.")
                    .hasMessageContaining("bad.csv line 3, column value: 'abc' is not a number")
                    .hasMessageContaining("bad.csv line 4, column timestamp: 'yesterday' is not a time")
                    .hasMessageContaining("bad.csv line 5: expected 4 fields but found 2")
                    .hasMessageContaining("--skip-bad-rows");
            assertThat(workspace.eventStore().unitCount()).isEqualTo(unitsBefore);
            assertThat(workspace.eventStore().unitId("new1")).isEmpty();
            ImportSummary later = run(workspace, ImportOptions.defaults(), assignments(good));
            assertThat(later.rowsImported()).isEqualTo(3);
            assertThat(workspace.eventStore().unitCount()).as("new1 and u3 are new").isEqualTo(unitsBefore + 2);
        }
        try (Workspace reopened = Workspace.open(ws)) {
            EventStore store = reopened.eventStore();
            assertThat(store.unit(store.unitId("new1").orElseThrow())).isEqualTo("new1");
            assertThat(store.unitCount()).isEqualTo(5);
        }
        assertThat(WorkspaceSnapshot.of(ws)).isNotEqualTo(before);
    }

    @Test
    void aFailedImportLeavesTheSameTablesAndRows() throws Exception {
        Path ws = temp.resolve("ws");
        try (Workspace workspace = Workspace.create(ws)) {
            run(workspace, ImportOptions.defaults(), assignments(write(temp, "a.csv", ASSIGNMENTS)));
        }
        List<String> before = WorkspaceSnapshot.of(ws);
        Path big = ExportFiles.bigEvents(temp, "big.csv", 200_000, 50_000);
        Path broken = write(temp, "broken.csv", "user_id,event_type,timestamp\nx,view,2024-13-40\n");
        try (Workspace workspace = Workspace.open(ws)) {
            assertThatThrownBy(() -> run(workspace, ImportOptions.defaults(), events(big), events(broken)))
                    .hasMessageContaining("broken.csv line 2, column timestamp");
        }
        assertThat(WorkspaceSnapshot.of(ws)).isEqualTo(before);
    }

    @Test
    void aCancelledImportLeavesTheWorkspaceAsItWas() throws Exception {
        Path ws = temp.resolve("ws");
        Workspace.create(ws).close();
        List<String> before = WorkspaceSnapshot.of(ws);
        Path big = ExportFiles.bigEvents(temp, "big.csv", 600_000, 100_000);
        Cancellation cancellation = new Cancellation();
        List<ImportProgress> seen = new ArrayList<>();
        try (Workspace workspace = Workspace.open(ws)) {
            assertThatThrownBy(() -> new Importer(workspace).run(new ImportRequest(List.of(events(big)),
                    ImportOptions.defaults()), progress -> {
                        seen.add(progress);
                        cancellation.cancel();
                    }, cancellation)).isInstanceOf(ImportCancelledException.class);
            assertThat(seen).isNotEmpty();
            assertThat(seen.get(0).rowsRead()).isPositive().isLessThan(600_000);
            assertThat(workspace.eventStore().unitCount()).isZero();
        }
        assertThat(WorkspaceSnapshot.of(ws)).isEqualTo(before);
    }

    @Test
    void skippedBadRowsGoToTheRejectsFileWithLineAndReason() throws Exception {
        Path bad = write(temp, "events.csv", "user_id,event_type,value,timestamp\nn1,view,,2024-03-01T00:00:00Z\n"
                + "n2,view,abc,2024-03-01T00:00:00Z\n,view,,2024-03-01T00:00:00Z\n");
        Path rejects = temp.resolve("rejects.csv");
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            ImportSummary summary = run(workspace, ImportOptions.defaults().withSkipBadRows(true, rejects), events(bad));
            assertThat(summary.summaryLine()).isEqualTo("rows read: 3, imported: 1, rejected: 2, duplicates skipped: 0;"
                    + " rejected rows written to: " + rejects);
            assertThat(summary.rejectedRows()).containsExactly(
                    new BadRow("events.csv", 3, "value", "'abc' is not a number"),
                    new BadRow("events.csv", 4, "user_id", "the unit id is empty"));
        }
        assertThat(Files.readAllLines(rejects)).containsExactly("file,line,column,reason,row",
                "\"events.csv\",3,\"value\",\"'abc' is not a number\",\"n2,view,abc,2024-03-01T00:00:00Z\"",
                "\"events.csv\",4,\"user_id\",\"the unit id is empty\",\",view,,2024-03-01T00:00:00Z\"");
    }

    @Test
    void rejectsFileCarriesRowsWithDoubledQuotesAndNewlinesAsTheyWereInTheFile() throws Exception {
        List<String> rows = List.of("u1,exp,control,bad-time,\"x\"\"y\",tail",
                "u2,exp,control,bad-time,\"say \"\"hi\"\" and\nnewline\"", "u3,exp,control,bad-time,\"\"\"\"\"\"\"\"");
        Path bad = write(temp, "a.csv", "user_id,experiment_id,variant,assigned_at,note\n" + String.join("\n", rows)
                + "\n");
        Path rejects = temp.resolve("rejects.csv");
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            run(workspace, ImportOptions.defaults().withSkipBadRows(true, rejects), assignments(bad));
        }
        List<String> rejected = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(Files.newInputStream(rejects), (byte) ',', "rejects.csv")) {
            assertThat(reader.header()).containsExactly("file", "line", "column", "reason", "row");
            while (reader.next()) {
                rejected.add(reader.field(4));
            }
        }
        assertThat(rejected).isEqualTo(rows);
    }

    @Test
    void refusesALatin1FileWithItsLineAndColumnEvenWhenSkippingBadRows() throws Exception {
        Path file = temp.resolve("latin1.csv");
        Files.write(file, ("user_id,experiment_id,variant,assigned_at\nu1,exp,trait\u00e9_\u00e4,2024-03-01T10:00:00Z\n"
                + "u2,exp,trait\u00e9_\u00f6,2024-03-01T10:00:00Z\n").getBytes(StandardCharsets.ISO_8859_1));
        Path rejects = temp.resolve("rejects.csv");
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            assertThatThrownBy(() -> run(workspace, ImportOptions.defaults().withSkipBadRows(true, rejects),
                    assignments(file))).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("latin1.csv is not UTF-8 text: line 2, column 3 (variant) has the byte 0xE9")
                    .hasMessageContaining("Save the file as UTF-8");
            assertThat(workspace.eventStore().unitCount()).isZero();
        }
        assertThat(rejects).doesNotExist();
    }

    @Test
    void keepsDuplicatesWhenAskedTo() throws Exception {
        Path a = write(temp, "assignments.csv", ASSIGNMENTS);
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            ImportSummary summary = run(workspace, ImportOptions.defaults().withKeepDuplicates(true), assignments(a));
            assertThat(summary.rowsImported()).isEqualTo(4);
            assertThat(summary.duplicatesSkipped()).isZero();
        }
    }

    @Test
    void readsGzippedJsonLinesWithNestedContext() throws Exception {
        Path file = gzip(temp, "assignments.data", "{\"distinct_id\":\"a\",\"test\":\"t1\",\"arm\":\"x\","
                + "\"ts\":1709290800123,\"properties\":{\"plan\":\"pro\",\"seats\":3}}\n"
                + "{\"distinct_id\":\"b\",\"test\":\"t1\",\"arm\":\"y\",\"ts\":1709290800,\"properties\":null}\n");
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            ImportSummary summary = run(workspace, ImportOptions.defaults(), assignments(file));
            assertThat(summary.files().get(0).format()).isEqualTo("jsonl+gzip");
            List<AssignmentChunk> chunks = new ArrayList<>();
            workspace.eventStore().assignments(ChunkFilter.all(), chunks::add);
            AssignmentChunk chunk = chunks.get(0);
            assertThat(chunk.timeMillis()).containsExactly(1_709_290_800_123L, 1_709_290_800_000L);
            assertThat(chunk.dimensionNames()).containsExactly("plan", "seats");
            assertThat(workspace.eventStore().symbol(chunk.dimensions()[1][0])).isEqualTo("3");
            assertThat(chunk.dimensions()[0][1]).isEqualTo(-1);
        }
    }

    @Test
    void typesPerUserTableColumnsOverTheWholeFile() throws Exception {
        StringBuilder csv = new StringBuilder("\uFEFFuser\tarm\trounds\tretained\tsubscribed\tcountry\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append(i).append(i % 2 == 0 ? "\tA\t" : "\tB\t").append(i % 50).append('\t')
                    .append(i % 3 == 0 ? "TRUE" : "false").append('\t').append(i % 2).append('\t')
                    .append(i == 19_999 ? "\"New\nZealand\"" : "DE").append('\n');
        }
        csv.append("20000\tA\t7.5\t\t1\t\n");
        Path file = write(temp, "users.tsv", csv.toString());
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            run(workspace, ImportOptions.defaults().withExperiment("exp"), new ImportSource(file, ImportShape.USERS));
            EventStore store = workspace.eventStore();
            List<UserTableChunk> chunks = new ArrayList<>();
            store.userTables(ChunkFilter.experiment(store.symbolId("exp").orElseThrow()), chunks::add);
            UserTableChunk chunk = chunks.get(0);
            assertThat(chunk.size()).isEqualTo(20_001);
            assertThat(chunk.columnNames()).containsExactly("rounds", "retained", "subscribed");
            assertThat(chunk.booleanColumn()).containsExactly(false, true, true);
            assertThat(chunk.columns()[0][20_000]).isEqualTo(7.5);
            assertThat(chunk.columns()[1][0]).isEqualTo(1.0);
            assertThat(chunk.columns()[1][1]).isEqualTo(0.0);
            assertThat(chunk.columns()[1][20_000]).isNaN();
            assertThat(chunk.timeMillis()[0]).isEqualTo(Long.MIN_VALUE);
            assertThat(chunk.dimensionNames()).containsExactly("country");
            assertThat(store.symbol(chunk.dimensions()[0][19_999])).isEqualTo("New\nZealand");
            assertThat(store.experiments().get(0).fromUserTable()).isTrue();
        }
    }
}
