package com.splitbench.ui.experiment;

import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.ui.metric.MetricCatalog;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.TaskExecutor;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The experiment editor: name, hypothesis, control, planned weights, analysis dates, notes and the metrics to
 * analyse, checked on every change with a message next to the wrong field, and saved to the workspace. Holds no
 * nodes.
 */
public final class ExperimentEditorViewModel {

    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final StringProperty hypothesis = new SimpleStringProperty(this, "hypothesis", "");
    final StringProperty control = new SimpleStringProperty(this, "control");
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>(this, "until");
    final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    final ObservableList<String> variants = FXCollections.observableArrayList();
    final ObservableList<WeightField> weights = FXCollections.observableArrayList();
    final ObservableList<MetricChoice> metrics = FXCollections.observableArrayList();
    final ReadOnlyStringWrapper nameMessage = new ReadOnlyStringWrapper(this, "nameMessage", "");
    final ReadOnlyStringWrapper weightsMessage = new ReadOnlyStringWrapper(this, "weightsMessage", "");
    final ReadOnlyStringWrapper datesMessage = new ReadOnlyStringWrapper(this, "datesMessage", "");
    final ReadOnlyStringWrapper metricsMessage = new ReadOnlyStringWrapper(this, "metricsMessage", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ExperimentData data;
    private final TaskExecutor tasks;
    private final Runnable saved;
    private LoadedExperiment loaded;
    private AnalysisSpec original;
    private boolean loading;

    /** @param saved runs after a save, e.g. to reload the experiment and refresh the sidebar */
    public ExperimentEditorViewModel(ObservableValue<LoadedExperiment> experiment, ExperimentData data,
                                     TaskExecutor tasks, Runnable saved) {
        this.data = Objects.requireNonNull(data);
        this.tasks = Objects.requireNonNull(tasks);
        this.saved = Objects.requireNonNull(saved);
        for (ObservableValue<?> input : List.<ObservableValue<?>>of(name, hypothesis, control, from, until, notes)) {
            input.addListener((observable, before, now) -> check());
        }
        experiment.addListener((observable, before, now) -> show(now));
        show(experiment.getValue());
    }

    private void show(LoadedExperiment experiment) {
        if (experiment == null) {
            return;
        }
        loading = true;
        try {
            this.loaded = experiment;
            this.original = ExperimentForm.specToSave(experiment);
            ExperimentForm.load(this, experiment);
        } finally {
            loading = false;
        }
        check();
        status.set("");
    }

    /** Call after editing a weight or ticking a metric (their own properties are watched too). */
    void check() {
        if (loading || loaded == null) {
            return;
        }
        AnalysisSpec spec = ExperimentForm.build(this, loaded);
        valid.set(spec != null);
        changed.set(spec != null && !spec.equals(original) || spec == null);
    }

    /** Adds a metric from the metric editor, or replaces the one it was edited from; it is ticked. */
    public void putMetric(MetricDefinition metric, String editedName) {
        MetricChoice choice = new MetricChoice(metric, "this experiment", true);
        choice.selectedProperty().addListener((observable, before, now) -> check());
        for (int i = 0; i < metrics.size(); i++) {
            String existing = metrics.get(i).name();
            if (existing.equals(editedName) || existing.equals(metric.name())) {
                metrics.set(i, choice);
                check();
                return;
            }
        }
        metrics.add(choice);
        check();
    }

    /** Names the edited metric must not take: every other metric offered. */
    public Set<String> otherMetricNames(String editedName) {
        return metrics.stream().map(MetricChoice::name).filter(n -> !n.equals(editedName))
                .collect(Collectors.toSet());
    }

    /** The choices the metric editor offers for this experiment. */
    public MetricCatalog catalog() {
        return loaded == null ? MetricCatalog.EMPTY : loaded.catalog();
    }

    /** Saves the definition. UI thread. */
    public void save() {
        AnalysisSpec spec = loaded == null ? null : ExperimentForm.build(this, loaded);
        if (spec == null) {
            return;
        }
        saving.set(true);
        tasks.execute(BackgroundTask.<Void>of("Saving " + spec.experiment().displayName(), task -> {
            data.saveDefinition(spec);
            return null;
        }).onSuccess(done -> {
            original = spec;
            changed.set(false);
            status.set("Saved. The results are being recomputed with this definition.");
            saved.run();
        }).onError(failure -> status.set("Not saved: " + failure.getMessage()))
                .onFinally(() -> saving.set(false)));
    }

    /** Puts the fields back as they were saved. */
    public void revert() {
        show(loaded);
    }

    public BooleanBinding canSave() {
        return valid.and(changed).and(saving.not());
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty hypothesisProperty() {
        return hypothesis;
    }

    public StringProperty controlProperty() {
        return control;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day analysed, inclusive. */
    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<String> variants() {
        return variants;
    }

    public ObservableList<WeightField> weights() {
        return weights;
    }

    public ObservableList<MetricChoice> metrics() {
        return metrics;
    }

    public ReadOnlyStringProperty nameMessageProperty() {
        return nameMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty weightsMessageProperty() {
        return weightsMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty datesMessageProperty() {
        return datesMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty metricsMessageProperty() {
        return metricsMessage.getReadOnlyProperty();
    }
}
