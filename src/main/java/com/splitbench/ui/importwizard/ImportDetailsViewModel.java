package com.splitbench.ui.importwizard;

import com.splitbench.ui.table.DisplayFormats;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.TaskExecutor;
import com.splitbench.workspace.ImportRecord;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** An imported file, as the sidebar's Data section opens it: what was read, kept and skipped, and from where. */
public final class ImportDetailsViewModel {

    /** One line of the details. */
    public record Fact(String label, String value) {
    }

    /** Finds an import record of the open workspace. Worker thread. */
    @FunctionalInterface
    public interface Records {
        Optional<ImportRecord> find(long id) throws Exception;
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final ObservableList<Fact> facts = FXCollections.observableArrayList();

    public ImportDetailsViewModel(long id, Records records, TaskExecutor tasks) {
        tasks.execute(BackgroundTask.of("Reading import " + id, task -> records.find(id))
                .onSuccess(found -> facts.setAll(found.map(ImportDetailsViewModel::facts).orElse(List.of(
                        new Fact("Import", "This import is no longer in the workspace."))))));
    }

    static List<Fact> facts(ImportRecord record) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("File", record.fileName()));
        facts.add(new Fact("Read from", record.filePath()));
        facts.add(new Fact("Holds", FileSetup.shapeWord(record.shape()) + (record.experiment() == null ? ""
                : ", experiment " + record.experiment())));
        facts.add(new Fact("Format", record.format()));
        facts.add(new Fact("Size", DisplayFormats.number(record.fileSize(), 0) + " bytes"));
        facts.add(new Fact("Rows read", DisplayFormats.number(record.rowsRead(), 0)));
        facts.add(new Fact("Imported", DisplayFormats.number(record.rowsImported(), 0)));
        facts.add(new Fact("Rejected", DisplayFormats.number(record.rowsRejected(), 0)));
        facts.add(new Fact("Duplicates skipped", DisplayFormats.number(record.duplicatesSkipped(), 0)));
        facts.add(new Fact("Columns", record.columnMapping()));
        facts.add(new Fact("SHA-256", record.sha256()));
        if (record.finishedAt() != null) {
            facts.add(new Fact("Imported at", TIME.format(record.finishedAt().atZone(ZoneId.systemDefault()))
                    + " (took " + seconds(Duration.between(record.startedAt(), record.finishedAt())) + ")"));
        }
        facts.add(new Fact("Data version", Long.toString(record.dataVersion())));
        return facts;
    }

    private static String seconds(Duration duration) {
        return DisplayFormats.number(duration.toMillis() / 1000.0, 1) + " s";
    }

    public ObservableList<Fact> facts() {
        return facts;
    }
}
