package com.splitbench.ui.experiment;

import com.splitbench.analysis.model.ExposureSeries;
import com.splitbench.ui.charts.ChartsViewModel;
import com.splitbench.ui.power.PowerViewModel;
import com.splitbench.ui.results.ResultsViewModel;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.TaskExecutor;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One experiment's page: loads its spec and sufficient statistics off the JavaFX thread (the slow step, cached by
 * the analysis service), then hands them to the results, overview, charts, power and editor view models, which
 * recompute from them without touching the workspace. Holds no nodes.
 */
public final class ExperimentViewModel {

    private final String key;
    private final ExperimentData data;
    private final TaskExecutor tasks;
    private final ResultsViewModel results;
    private final OverviewViewModel overview;
    private final ChartsViewModel charts;
    private final PowerViewModel power;
    private final ExperimentEditorViewModel editor;
    private final ReadOnlyObjectWrapper<LoadedExperiment> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper hypothesis = new ReadOnlyStringWrapper(this, "hypothesis", "");

    /** @param definitionSaved told the key once the definition was saved, e.g. to refresh the sidebar */
    public ExperimentViewModel(String key, ExperimentData data, TaskExecutor tasks,
                               java.util.function.Consumer<String> definitionSaved) {
        this.key = Objects.requireNonNull(key);
        this.data = Objects.requireNonNull(data);
        this.tasks = Objects.requireNonNull(tasks);
        this.results = new ResultsViewModel(tasks);
        this.overview = new OverviewViewModel(results.resultProperty());
        this.charts = new ChartsViewModel(results.resultProperty(), results.relativeProperty());
        this.power = new PowerViewModel(results.resultProperty());
        this.editor = new ExperimentEditorViewModel(loaded.getReadOnlyProperty(), data, tasks, () -> {
            load();
            definitionSaved.accept(key);
        });
    }

    /** Loads (or reloads, after the definition changed) the experiment. UI thread. */
    public void load() {
        loading.set(true);
        failure.set("");
        tasks.execute(BackgroundTask.of("Analysing " + key, task -> data.load(key, task))
                .onSuccess(this::show)
                .onError(error -> failure.set(ExperimentFailures.describe(key, error)))
                .onFinally(() -> loading.set(false)));
    }

    private void show(LoadedExperiment experiment) {
        summary.set(summaryOf(experiment));
        hypothesis.set(experiment.spec().experiment().hypothesis());
        results.show(experiment.spec(), experiment.statistics());
        loaded.set(experiment);
    }

    /** "Variants control (baseline), treatment_a, treatment_b · first exposures 2025-03-03 to 2025-04-06 (UTC)". */
    static String summaryOf(LoadedExperiment experiment) {
        String control = experiment.statistics().variants().isEmpty() ? "" : experiment.spec().experiment()
                .controlFor(new java.util.HashSet<>(experiment.statistics().variants()));
        StringBuilder text = new StringBuilder("Variants ");
        text.append(String.join(", ", experiment.statistics().variants().stream()
                .map(v -> v.equals(control) ? v + " (baseline)" : v).toList()));
        ExposureSeries exposures = experiment.statistics().exposures();
        if (com.splitbench.ui.charts.ChartData.timesKnown(exposures)) {
            text.append(" · first exposures ").append(exposures.days().get(0)).append(" to ")
                    .append(exposures.days().get(exposures.days().size() - 1)).append(" (UTC)");
        }
        return text.toString();
    }

    public String key() {
        return key;
    }

    public ResultsViewModel results() {
        return results;
    }

    public OverviewViewModel overview() {
        return overview;
    }

    public ChartsViewModel charts() {
        return charts;
    }

    public PowerViewModel power() {
        return power;
    }

    public ExperimentEditorViewModel editor() {
        return editor;
    }

    public ReadOnlyObjectProperty<LoadedExperiment> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the experiment could not be analysed; empty when it could. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hypothesisProperty() {
        return hypothesis.getReadOnlyProperty();
    }
}
