package com.splitbench.ui.importwizard;

import com.splitbench.ingest.BadRow;
import com.splitbench.ingest.BadRowsException;
import com.splitbench.ingest.ImportPreview;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard: the files with their previews and choices, the options common to all of them, the import
 * itself with progress and cancel, and the summary. Everything is read and written through the importer's API.
 * Holds no nodes.
 */
public final class ImportWizardViewModel {

    /** Where the wizard is. */
    public enum Step { SETUP, IMPORTING, SUMMARY }

    static final int PREVIEW_ROWS = 20;

    private final TaskExecutor tasks;
    private final ImportRunner runner;
    private final Runnable dataChanged;
    private final ObservableList<FileSetup> files = FXCollections.observableArrayList();
    private final ObjectProperty<FileSetup> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty timeZone = new SimpleStringProperty(this, "timeZone", "UTC");
    private final ReadOnlyStringWrapper timeZoneMessage = new ReadOnlyStringWrapper(this, "timeZoneMessage", "");
    private final BooleanProperty skipBadRows = new SimpleBooleanProperty(this, "skipBadRows");
    private final BooleanProperty keepDuplicates = new SimpleBooleanProperty(this, "keepDuplicates");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.SETUP);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    final ObservableList<FileResult> results = FXCollections.observableArrayList();
    final ObservableList<BadRow> rejected = FXCollections.observableArrayList();
    final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private BackgroundTask<?> running;

    /** @param dataChanged runs on the UI thread once an import changed the workspace */
    public ImportWizardViewModel(TaskExecutor tasks, ImportRunner runner, Runnable dataChanged) {
        this.tasks = Objects.requireNonNull(tasks);
        this.runner = Objects.requireNonNull(runner);
        this.dataChanged = Objects.requireNonNull(dataChanged);
        timeZone.addListener((observable, before, now) -> checkReady());
        files.addListener((javafx.collections.ListChangeListener<FileSetup>) change -> checkReady());
    }

    /** Adds files (once each) and reads their first rows in the background. UI thread. */
    public void addFiles(List<Path> paths) {
        for (Path path : paths) {
            if (files.stream().anyMatch(file -> file.path().equals(path))) {
                continue;
            }
            FileSetup file = new FileSetup(path);
            file.statusProperty().addListener((observable, before, now) -> checkReady());
            files.add(file);
            tasks.execute(BackgroundTask.of("Reading " + file.fileName(), task -> ImportPreview.read(path,
                    PREVIEW_ROWS, (byte) 0)).onSuccess(file::previewed)
                    .onError(failure -> file.failed(failure.getMessage())));
        }
        if (selected.get() == null && !files.isEmpty()) {
            selected.set(files.get(0));
        }
    }

    public void remove(FileSetup file) {
        files.remove(file);
        if (selected.get() == file) {
            selected.set(files.isEmpty() ? null : files.get(0));
        }
    }

    private void checkReady() {
        String problem;
        try {
            ZoneId.of(timeZone.get().strip());
            problem = "";
        } catch (DateTimeException | NullPointerException e) {
            problem = "Not a time zone: use a name such as UTC, Europe/Berlin or America/New_York, or an offset "
                    + "such as +02:00.";
        }
        timeZoneMessage.set(problem);
        ready.set(problem.isEmpty() && !files.isEmpty() && files.stream().allMatch(FileSetup::isReady));
    }

    /** Imports every file. UI thread. */
    public void start() {
        if (!ready.get() || step.get() == Step.IMPORTING) {
            return;
        }
        step.set(Step.IMPORTING);
        progress.set(0);
        progressText.set("Starting the import");
        ImportJob job = new ImportJob(runner, ImportPlan.requests(List.copyOf(files),
                ZoneId.of(timeZone.get().strip()), skipBadRows.get(), keepDuplicates.get()));
        BackgroundTask<ImportJob.Outcome> task = BackgroundTask.of("Importing " + files.size()
                + (files.size() == 1 ? " file" : " files"), context -> job.run(context, (fraction, text) -> {
                    context.updateProgress(Math.round(fraction * 1000), 1000);
                    context.updateMessage(text);
                })).onSuccess(this::finished)
                .onCancelled(() -> finished(job.outcomeSoFar("The import was cancelled; the workspace is as it "
                        + "was before it" + (job.committedAny() ? ", apart from the files listed as imported." : "."))))
                .onError(failure -> finished(failure instanceof BadRowsException bad ? job.outcomeAfterBadRows(bad)
                        : job.outcomeAfter(failure)));
        // Bound before it starts: a task may end before execute returns.
        running = task;
        progress.bind(task.progressProperty());
        progressText.bind(task.messageProperty());
        tasks.execute(task);
    }

    private void finished(ImportJob.Outcome outcome) {
        progress.unbind();
        progressText.unbind();
        running = null;
        results.setAll(outcome.files());
        rejected.setAll(outcome.rejected());
        headline.set(outcome.headline());
        details.set(outcome.details());
        failed.set(outcome.failed());
        step.set(Step.SUMMARY);
        if (outcome.changedData()) {
            dataChanged.run();
        }
    }

    /** Stops a running import; the files of the request under way are rolled back. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** After a failure caused by unreadable rows: back to the choices with "skip bad rows" on. */
    public void retrySkippingBadRows() {
        skipBadRows.set(true);
        step.set(Step.SETUP);
    }

    /** Back to the choices after a failure, to change something. */
    public void backToSetup() {
        step.set(Step.SETUP);
    }

    public ObservableList<FileSetup> files() {
        return files;
    }

    public ObjectProperty<FileSetup> selectedProperty() {
        return selected;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public ReadOnlyStringProperty timeZoneMessageProperty() {
        return timeZoneMessage.getReadOnlyProperty();
    }

    public BooleanProperty skipBadRowsProperty() {
        return skipBadRows;
    }

    public BooleanProperty keepDuplicatesProperty() {
        return keepDuplicates;
    }

    /** Whether every file is ready and the options are right. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ObservableList<FileResult> results() {
        return results;
    }

    /** The rejected rows with line and reason: the skipped ones, or the ones that failed the import. */
    public ObservableList<BadRow> rejected() {
        return rejected;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** Whether the import failed (the summary then offers to go back). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
