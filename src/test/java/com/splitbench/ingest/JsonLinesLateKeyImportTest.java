package com.splitbench.ingest;

import static com.splitbench.testing.ExportFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.common.UserFacingException;
import com.splitbench.ingest.source.JsonLinesRecordReader;
import com.splitbench.workspace.EventTypeSummary;
import com.splitbench.workspace.ImportShape;
import com.splitbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON Lines file's columns come from its first lines. A key first seen later (a {@code value} that only
 * purchases carry, and the first purchase on line 1,501) used to be dropped without a word.
 */
class JsonLinesLateKeyImportTest {

    private static final int EARLY = JsonLinesRecordReader.HEADER_SAMPLE_LINES + 500;

    @TempDir
    Path temp;

    private static String events(boolean valueOnTheFirstLine) {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < EARLY; i++) {
            jsonl.append("{\"user_id\":\"u").append(i % 7).append("\",\"event_type\":\"page_view\",")
                    .append(i == 0 && valueOnTheFirstLine ? "\"value\":null," : "")
                    .append("\"timestamp\":\"2025-03-04T10:00:00Z\"}\n");
        }
        jsonl.append("{\"user_id\":\"u3\",\"event_type\":\"purchase\",\"value\":10.5,"
                + "\"timestamp\":\"2025-03-05T10:00:00Z\"}\n");
        return jsonl.toString();
    }

    private static ImportSummary run(Workspace workspace, Path file) {
        return new Importer(workspace).run(new ImportRequest(List.of(new ImportSource(file, ImportShape.EVENTS)),
                ImportOptions.defaults()), ImportListener.NONE, new Cancellation());
    }

    @Test
    void aKeyFirstSeenAfterTheMappedLinesStopsTheImportWithItsLine() throws Exception {
        Path file = write(temp, "late_value.jsonl", events(false));
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            assertThatThrownBy(() -> run(workspace, file)).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("late_value.jsonl line " + (EARLY + 1))
                    .hasMessageContaining("the key 'value' first appears here");
            assertThat(workspace.eventStore().eventTypes()).isEmpty();
        }
    }

    @Test
    void theSameKeyOnTheFirstLineImportsItsValues() throws Exception {
        Path file = write(temp, "value_first.jsonl", events(true));
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            run(workspace, file);
            assertThat(workspace.eventStore().eventTypes()).filteredOn(t -> t.name().equals("purchase"))
                    .singleElement().extracting(EventTypeSummary::hasValues).isEqualTo(true);
        }
    }
}
