package com.splitbench.ui.importwizard;

import static com.splitbench.testing.ExportFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.ingest.BadRow;
import com.splitbench.ingest.Importer;
import com.splitbench.ingest.mapping.ColumnRole;
import com.splitbench.ui.task.CurrentThreadTaskExecutor;
import com.splitbench.workspace.ImportShape;
import com.splitbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard without a stage, importing into a real workspace. */
class ImportWizardViewModelTest {

    private static final String ASSIGNMENTS = "user_id,experiment,variant,assigned_at\n"
            + "u1,checkout,control,2024-03-01T10:00:00Z\nu2,checkout,treatment,2024-03-01T11:00:00Z\n"
            + "u2,checkout,treatment,2024-03-01T11:00:00Z\n";
    private static final String EVENTS = "user_id,event_name,revenue,timestamp\n"
            + "u1,purchase,19.99,2024-03-02T08:00:00Z\nu2,view,,2024-03-02T09:00:00Z\n";

    @TempDir
    Path temp;
    private Workspace workspace;
    private final List<String> changes = new ArrayList<>();
    private ImportWizardViewModel model;

    @BeforeEach
    void openWorkspace() {
        workspace = Workspace.create(temp.resolve("ws"));
        model = new ImportWizardViewModel(new CurrentThreadTaskExecutor(failure -> {
            throw new AssertionError(failure);
        }), (request, listener, cancellation) -> new Importer(workspace).run(request, listener, cancellation),
                () -> changes.add("data changed"));
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    @Test
    void previewsEachFileWithTheShapeAndColumnsTheImporterFinds() throws Exception {
        model.addFiles(List.of(write(temp, "a.csv", ASSIGNMENTS), write(temp, "e.csv", EVENTS)));

        FileSetup assignments = model.files().get(0);
        assertThat(assignments.previewProperty().get().rows()).hasSize(3);
        assertThat(assignments.shapeProperty().get()).isEqualTo(ImportShape.ASSIGNMENTS);
        assertThat(assignments.columnProperty(ColumnRole.TIME).get()).isEqualTo("assigned_at");
        FileSetup events = model.files().get(1);
        assertThat(events.shapeProperty().get()).isEqualTo(ImportShape.EVENTS);
        assertThat(events.columnProperty(ColumnRole.VALUE).get()).isEqualTo("revenue");
        assertThat(model.readyProperty().get()).isTrue();
        assertThat(ImportPlan.requests(model.files(), java.time.ZoneOffset.UTC, false, false)).hasSize(1);
    }

    @Test
    void asksForWhatIsMissingBeforeItImports() throws Exception {
        model.addFiles(List.of(write(temp, "cookie_cats.csv", "userid,version,sum_gamerounds,retention_1\n"
                + "116,gate_30,3,FALSE\n337,gate_30,38,TRUE\n")));
        FileSetup table = model.files().get(0);
        assertThat(table.shapeProperty().get()).isEqualTo(ImportShape.USERS);
        assertThat(table.experimentProperty().get()).isEqualTo("cookie_cats");

        table.experimentProperty().set("");
        table.columnProperty(ColumnRole.VARIANT).set(FileSetup.NO_COLUMN);

        assertThat(table.experimentMessageProperty().get()).contains("name the experiment");
        assertThat(table.roleMessageProperty(ColumnRole.VARIANT).get()).isEqualTo("Choose the column with the "
                + "variant.");
        assertThat(model.readyProperty().get()).isFalse();
        model.timeZoneProperty().set("Mars/Olympus");
        assertThat(model.timeZoneMessageProperty().get()).startsWith("Not a time zone");
    }

    @Test
    void importsAndSummarisesImportedDuplicateAndAlreadyImportedFiles() throws Exception {
        Path a = write(temp, "a.csv", ASSIGNMENTS);
        Path e = write(temp, "e.csv", EVENTS);
        model.addFiles(List.of(a, e));

        model.start();

        assertThat(model.stepProperty().get()).isEqualTo(ImportWizardViewModel.Step.SUMMARY);
        assertThat(model.headlineProperty().get()).isEqualTo("Imported 4 rows from 2 of 2 files.");
        assertThat(model.detailsProperty().get()).isEqualTo("1 exact duplicate rows were skipped.");
        assertThat(model.results()).extracting(FileResult::file, FileResult::imported)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a.csv", 2L),
                        org.assertj.core.groups.Tuple.tuple("e.csv", 2L));
        assertThat(changes).containsExactly("data changed");

        ImportWizardViewModel again = new ImportWizardViewModel(new CurrentThreadTaskExecutor(f -> { }),
                (request, listener, cancellation) -> new Importer(workspace).run(request, listener, cancellation),
                () -> changes.add("again"));
        again.addFiles(List.of(a));
        again.start();
        assertThat(again.results().get(0).result()).isEqualTo("Already imported (same content): skipped");
        assertThat(changes).containsExactly("data changed");
    }

    @Test
    void listsTheRowsThatFailTheImportAndImportsTheRestWhenAskedToSkipThem() throws Exception {
        Path bad = write(temp, "events.csv", "user_id,event_type,value,timestamp\nn1,view,,2024-03-01T00:00:00Z\n"
                + "n2,view,abc,2024-03-01T00:00:00Z\n");
        model.addFiles(List.of(bad));

        model.start();

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.headlineProperty().get()).isEqualTo("Nothing was imported.");
        assertThat(model.rejected()).containsExactly(new BadRow("events.csv", 3, "value", "'abc' is not a number"));
        assertThat(changes).isEmpty();

        model.retrySkippingBadRows();
        assertThat(model.stepProperty().get()).isEqualTo(ImportWizardViewModel.Step.SETUP);
        model.start();

        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.results().get(0).imported()).isEqualTo(1);
        assertThat(model.rejected()).containsExactly(new BadRow("events.csv", 3, "value", "'abc' is not a number"));
        assertThat(model.detailsProperty().get()).contains("1 rows could not be read and were skipped");
    }

    @Test
    void importsFilesThatNeedDifferentOptionsInRequestsOfTheirOwn() throws Exception {
        model.addFiles(List.of(write(temp, "t1.csv", "user,group,revenue\nx1,a,3\nx2,b,4\n"),
                write(temp, "t2.csv", "user,group,revenue\ny1,a,5\n")));

        assertThat(ImportPlan.requests(model.files(), java.time.ZoneOffset.UTC, false, false)).hasSize(2);
        model.start();

        assertThat(workspace.eventStore().experiments()).extracting(s -> s.key()).containsExactlyInAnyOrder("t1",
                "t2");
    }
}
