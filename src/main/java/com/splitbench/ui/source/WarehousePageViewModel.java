package com.splitbench.ui.source;

import com.splitbench.report.Conclusion;
import com.splitbench.report.ReportService;
import com.splitbench.ui.common.DialogService;
import com.splitbench.ui.common.FileType;
import com.splitbench.ui.results.ResultsViewModel;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.TaskExecutor;
import com.splitbench.warehouse.Credentials;
import com.splitbench.warehouse.SavedSource;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The page of a saved warehouse source: what it is, an experiment to analyse on it, the password (asked once per
 * session, kept in memory), the analysis with progress and cancel, its results in the usual results view, and a
 * report of them that describes the source without its URL or credentials. Holds no nodes.
 */
public final class WarehousePageViewModel {

    /**
     * What the page works with.
     *
     * @param deleted told the name of the source once it is deleted (UI thread), e.g. to drop it from the sidebar
     */
    public record Services(SourceStore store, TaskExecutor tasks, SourcePasswords passwords, DialogService dialogs,
                           ReportService reports, Consumer<SavedSource> editSource, Consumer<String> deleted) {
    }

    private final String name;
    private final Services services;
    private final ResultsViewModel results;
    private final ReadOnlyObjectWrapper<SavedSource> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper(this, "facts", "");
    private final ObservableList<String> experimentKeys = FXCollections.observableArrayList();
    private final ObservableSet<String> definedKeys = FXCollections.observableSet();
    private final StringProperty experiment = new SimpleStringProperty(this, "experiment", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyObjectWrapper<WarehouseRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final BooleanBinding canAnalyse;
    private final StringBinding runSummary = Bindings.createStringBinding(() -> run.get() == null ? ""
            : "Analysed " + SourceFacts.run(run.get()) + ".", run);
    private final StringBinding metricsNote = Bindings.createStringBinding(() -> experiment.get().isBlank() ? ""
            : definedKeys.contains(experiment.get().strip()) ? DEFINED_METRICS : AUTOMATIC_METRICS,
            experiment, definedKeys);
    private BackgroundTask<WarehouseRun> task;

    static final String DEFINED_METRICS = "Metrics and settings from the experiment's definition in this workspace";
    static final String AUTOMATIC_METRICS = "Automatic metrics (no definition saved for this experiment)";

    public WarehousePageViewModel(String name, Services services) {
        this.name = Objects.requireNonNull(name);
        this.services = Objects.requireNonNull(services);
        this.results = new ResultsViewModel(services.tasks());
        this.canAnalyse = source.isNotNull().and(running.not()).and(experiment.isNotEmpty());
        password.set(services.passwords().get(services.store().location(), name).orElse(""));
    }

    /** Reads the saved source and the experiment keys the workspace knows. UI thread; the reading runs off it. */
    public void load() {
        services.tasks().execute(BackgroundTask.of("Reading data source " + name, task -> new Loaded(
                        services.store().find(name).orElse(null), services.store().experimentKeys(),
                        services.store().definedExperimentKeys()))
                .onSuccess(loaded -> {
                    if (loaded.source() == null) {
                        failure.set("The data source " + name + " is no longer saved in this workspace.");
                        return;
                    }
                    source.set(loaded.source());
                    facts.set(SourceFacts.describe(loaded.source()));
                    // A workspace kept only for its warehouse sources may have definitions but no imported data.
                    experimentKeys.setAll(Stream.concat(loaded.keys().stream(), loaded.definedKeys().stream())
                            .distinct().sorted().toList());
                    definedKeys.clear();
                    definedKeys.addAll(loaded.definedKeys());
                    if (experiment.get().isEmpty() && !experimentKeys.isEmpty()) {
                        experiment.set(experimentKeys.get(0));
                    }
                })
                .onError(error -> failure.set(SourceFailures.describe("Reading the data source", error))));
    }

    private record Loaded(SavedSource source, List<String> keys, List<String> definedKeys) {
    }

    /** Analyses the chosen experiment on the warehouse; the results replace the ones shown. UI thread. */
    public void analyse() {
        if (!canAnalyse.get()) {
            return;
        }
        SavedSource saved = source.get();
        String key = experiment.get().strip();
        String typed = password.get();
        Credentials credentials = Credentials.of(saved.user(), typed.isEmpty() ? null : typed);
        failure.set("");
        running.set(true);
        BackgroundTask<WarehouseRun> started = BackgroundTask.of("Analysing " + key + " on " + name,
                work -> WarehouseRun.analyse(saved, credentials, key,
                        services.store().definition(key).orElse(null), work));
        progress.bind(started.progressProperty());
        message.bind(started.messageProperty());
        task = started;
        services.tasks().execute(started
                .onSuccess(done -> {
                    services.passwords().remember(services.store().location(), name, typed);
                    // The definition may have been saved or removed since the page was read.
                    if (done.fromDefinition()) {
                        definedKeys.add(key);
                    } else {
                        definedKeys.remove(key);
                    }
                    run.set(done);
                    results.show(done.spec(), done.statistics());
                })
                .onCancelled(() -> failure.set("The analysis was cancelled; the results shown (if any) are from "
                        + "before."))
                .onError(error -> failure.set(SourceFailures.describe("The analysis on " + name, error)))
                .onFinally(() -> {
                    progress.unbind();
                    message.unbind();
                    message.set("");
                    running.set(false);
                }));
    }

    /** Asks the running analysis to stop (the warehouse's statement is cancelled). */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** Saves the results as shown (with the page's choices) as a report describing this source. UI thread. */
    public void saveReport() {
        WarehouseRun done = run.get();
        if (done == null || results.resultProperty().get() == null) {
            return;
        }
        var shown = results.resultProperty().get();
        services.dialogs().chooseFileToSave("Save report", done.spec().experiment().key() + ".splitreport",
                FileType.REPORT).ifPresent(target -> services.tasks().execute(BackgroundTask.<Void>of(
                        "Saving report " + target.getFileName(), work -> {
                            services.reports().save(shown, Conclusion.NONE, done.source(), target);
                            return null;
                        })
                .onSuccess(ignored -> message.set("Saved the report to " + target))
                .onError(error -> failure.set(SourceFailures.describe("Saving the report", error)))));
    }

    /** Opens the connection dialog on this source. */
    public void editSource() {
        if (source.get() != null) {
            services.editSource().accept(source.get());
        }
    }

    /** Asks to confirm, then deletes the source from the workspace (its analyses and reports stay). UI thread. */
    public void deleteSource() {
        if (running.get() || !services.dialogs().confirm("Delete data source", "Delete the data source " + name
                + " from this workspace? Reports saved from it keep their results.", "Delete")) {
            return;
        }
        services.tasks().execute(BackgroundTask.<Void>of("Deleting data source " + name, work -> {
            services.store().delete(name);
            return null;
        })
                .onSuccess(ignored -> {
                    services.passwords().remember(services.store().location(), name, null);
                    services.deleted().accept(name);
                })
                .onError(error -> failure.set(SourceFailures.describe("Deleting the data source", error))));
    }

    public String name() {
        return name;
    }

    public ResultsViewModel results() {
        return results;
    }

    public ReadOnlyObjectProperty<SavedSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The engine, URL, user and tables, for the header. */
    public ReadOnlyStringProperty factsProperty() {
        return facts.getReadOnlyProperty();
    }

    /** The workspace's experiment keys, offered in the experiment field (any key may be typed). */
    public ObservableList<String> experimentKeys() {
        return experimentKeys;
    }

    public StringProperty experimentProperty() {
        return experiment;
    }

    /** Which metrics an analysis of the chosen experiment uses: its saved definition's, or the automatic ones. */
    public StringBinding metricsNoteProperty() {
        return metricsNote;
    }

    /** The password for this session: prefilled once it worked, never saved. */
    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanBinding canAnalyseProperty() {
        return canAnalyse;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction done, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The step the analysis is on, or a note such as where a report was saved. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last step failed; empty when it worked. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** What the last analysis did, e.g. "Analysed checkout on h2 in 2.4 s: 9 statements, ... came back." */
    public StringBinding runSummaryProperty() {
        return runSummary;
    }

    /** The last analysis, or null before one finished. */
    public ReadOnlyObjectProperty<WarehouseRun> runProperty() {
        return run.getReadOnlyProperty();
    }
}
