package com.splitbench.ingest;

import static com.splitbench.testing.ExportFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.workspace.EventStore;
import com.splitbench.workspace.ExperimentSummary;
import com.splitbench.workspace.ImportShape;
import com.splitbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spaces around an id in an export ("control ", " exp") used to make a second arm or move a user elsewhere. */
class IdSpacesImportTest {

    @TempDir
    Path temp;

    @Test
    void idsWithSpacesAroundThemAreTheSameIds() throws Exception {
        Path assignments = write(temp, "assignments.csv", """
                user_id,experiment_id,variant,assigned_at
                u1,exp, control,2025-03-03T10:00:00Z
                u2,exp,treatment\t,2025-03-03T10:00:00Z
                u3, exp ,control,2025-03-03T10:00:00Z
                u4 ,exp,treatment,2025-03-03T10:00:00Z
                """);
        Path events = write(temp, "events.csv", """
                user_id,event_type,timestamp
                u4,purchase ,2025-03-04T10:00:00Z
                 u4 , purchase,2025-03-05T10:00:00Z
                """);
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            new Importer(workspace).run(new ImportRequest(List.of(new ImportSource(assignments,
                    ImportShape.ASSIGNMENTS), new ImportSource(events, ImportShape.EVENTS)), ImportOptions.defaults()),
                    ImportListener.NONE, new Cancellation());
            EventStore store = workspace.eventStore();
            assertThat(store.experiments()).extracting(ExperimentSummary::key).containsExactly("exp");
            assertThat(store.experiments().get(0).variants()).extracting(ExperimentSummary.VariantSummary::name)
                    .containsExactlyInAnyOrder("control", "treatment");
            assertThat(store.experiments().get(0).variants()).allSatisfy(v -> assertThat(v.rows()).isEqualTo(2));
            assertThat(store.unitCount()).isEqualTo(4);
            assertThat(store.eventTypes()).singleElement().satisfies(t -> {
                assertThat(t.name()).isEqualTo("purchase");
                assertThat(t.rows()).isEqualTo(2);
            });
        }
    }
}
