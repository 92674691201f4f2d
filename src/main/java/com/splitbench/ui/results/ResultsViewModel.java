package com.splitbench.ui.results;

import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultCalculator;
import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.Correction;
import com.splitbench.ui.table.CiAxis;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.TaskExecutor;
import java.util.List;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 * The results page: the choices (baseline, relative or absolute, correction, CUPED, sequential, Bayesian view,
 * segment), and the significance table they give. Every change recomputes the results from the cached sufficient
 * statistics on a worker thread; only the newest computation is shown. Holds no nodes.
 */
public final class ResultsViewModel {

    /** The segment choice that means "no breakdown". */
    public static final String NO_SEGMENT = "None";

    private final TaskExecutor tasks;
    private final ObservableList<String> variants = FXCollections.observableArrayList();
    private final ObservableList<String> segmentDimensions = FXCollections.observableArrayList(NO_SEGMENT);
    private final StringProperty baseline = new SimpleStringProperty(this, "baseline");
    private final BooleanProperty relative = new SimpleBooleanProperty(this, "relative", true);
    private final ObjectProperty<Correction> correction = new SimpleObjectProperty<>(this, "correction",
            Correction.NONE);
    private final BooleanProperty cuped = new SimpleBooleanProperty(this, "cuped", true);
    private final BooleanProperty sequential = new SimpleBooleanProperty(this, "sequential");
    private final BooleanProperty bayesian = new SimpleBooleanProperty(this, "bayesian");
    private final StringProperty segment = new SimpleStringProperty(this, "segment", NO_SEGMENT);
    private final ReadOnlyBooleanWrapper cupedAvailable = new ReadOnlyBooleanWrapper(this, "cupedAvailable");
    private final ReadOnlyObjectWrapper<AnalysisResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<ResultLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CiAxis> axis = new ReadOnlyObjectWrapper<>(this, "axis", new CiAxis(-1, 1));
    private final ReadOnlyStringWrapper srmWarning = new ReadOnlyStringWrapper(this, "srmWarning", "");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ResultsHeadings headings = new ResultsHeadings(this);
    private AnalysisSpec spec;
    private ExperimentStatistics statistics;
    private boolean applying;
    private long generation;

    public ResultsViewModel(TaskExecutor tasks) {
        this.tasks = Objects.requireNonNull(tasks);
        for (ObservableValue<?> choice : List.<ObservableValue<?>>of(baseline, correction, cuped, sequential, bayesian, segment)) {
            choice.addListener((observable, before, now) -> recompute());
        }
        relative.addListener((observable, before, now) -> showLines(result.get()));
    }

    /** Shows an experiment: its choices start from its spec's settings. UI thread. */
    public void show(AnalysisSpec resolvedSpec, ExperimentStatistics experimentStatistics) {
        this.spec = Objects.requireNonNull(resolvedSpec);
        this.statistics = Objects.requireNonNull(experimentStatistics);
        AnalysisSettings settings = resolvedSpec.settings();
        applying = true;
        try {
            variants.setAll(experimentStatistics.variants());
            segmentDimensions.setAll(NO_SEGMENT);
            segmentDimensions.addAll(experimentStatistics.segments().keySet());
            baseline.set(experimentStatistics.variants().isEmpty() ? null : resolvedSpec.experiment()
                    .controlFor(new java.util.HashSet<>(experimentStatistics.variants())));
            correction.set(settings.correction());
            cuped.set(settings.cupedEnabled());
            sequential.set(settings.sequential());
            bayesian.set(settings.bayesian());
            segment.set(settings.segment().filter(segmentDimensions::contains).orElse(NO_SEGMENT));
            cupedAvailable.set(experimentStatistics.metrics().stream().anyMatch(m -> m.hasCovariate()));
        } finally {
            applying = false;
        }
        recompute();
    }

    /** The spec with the current choices applied: what the table shows, and what a report would save. */
    public AnalysisSpec currentSpec() {
        AnalysisSettings base = spec.settings();
        String dimension = NO_SEGMENT.equals(segment.get()) ? null : segment.get();
        AnalysisSettings settings = new AnalysisSettings(base.confidenceLevel(), correction.get(), cuped.get(),
                sequential.get(), base.sequentialTuning(), bayesian.get(), base.bayesianPriorSd(),
                base.srmThreshold(), java.util.Optional.ofNullable(dimension));
        return spec.withExperiment(spec.experiment().withControl(baseline.get())).withSettings(settings);
    }

    /** Explains the number in a cell of the table (shown beside it). */
    public void explain(ResultLine line, ResultColumn column) {
        AnalysisResult shown = result.get();
        explanation.set(line == null || column == null || shown == null ? ""
                : ResultExplanations.explain(shown, line, column, relative.get()));
    }

    private void recompute() {
        if (applying || spec == null || baseline.get() == null) {
            return;
        }
        long mine = ++generation;
        AnalysisSpec wanted = currentSpec();
        ExperimentStatistics stats = statistics;
        computing.set(true);
        tasks.execute(BackgroundTask.of("Computing results", task -> ResultCalculator.calculate(stats, wanted))
                .onSuccess(computed -> {
                    if (mine == generation) {
                        failure.set("");
                        result.set(computed);
                        showLines(computed);
                    }
                })
                .onError(error -> {
                    if (mine == generation) {
                        failure.set(ResultsFailures.describe(error));
                    }
                })
                .onFinally(() -> {
                    if (mine == generation) {
                        computing.set(false);
                    }
                }));
    }

    private void showLines(AnalysisResult computed) {
        if (computed == null) {
            return;
        }
        List<ResultLine> built = ResultLines.of(computed);
        axis.set(CiAxis.covering(built.stream().map(line -> line.shown(relative.get()).interval()).toList()));
        lines.setAll(built);
        srmWarning.set(SrmWords.warning(computed));
        explanation.set("");
    }

    public ObservableList<String> variants() {
        return variants;
    }

    public ObservableList<String> segmentDimensions() {
        return segmentDimensions;
    }

    public StringProperty baselineProperty() {
        return baseline;
    }

    public BooleanProperty relativeProperty() {
        return relative;
    }

    public ObjectProperty<Correction> correctionProperty() {
        return correction;
    }

    public BooleanProperty cupedProperty() {
        return cuped;
    }

    public BooleanProperty sequentialProperty() {
        return sequential;
    }

    public BooleanProperty bayesianProperty() {
        return bayesian;
    }

    public StringProperty segmentProperty() {
        return segment;
    }

    /** Whether any metric carries a CUPED covariate; the CUPED switch is disabled otherwise. */
    public ReadOnlyBooleanProperty cupedAvailableProperty() {
        return cupedAvailable.getReadOnlyProperty();
    }

    /** The result the table shows, or null before the first computation finished. */
    public ReadOnlyObjectProperty<AnalysisResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<ResultLine> lines() {
        return lines;
    }

    /** The axis every CI bar is drawn on. */
    public ReadOnlyObjectProperty<CiAxis> axisProperty() {
        return axis.getReadOnlyProperty();
    }

    /** The banner text when the split fails the sample-ratio check; empty otherwise. */
    public ReadOnlyStringProperty srmWarningProperty() {
        return srmWarning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Why the last computation failed (e.g. a baseline not in the data); empty when it worked. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** The titles and visibility of the table's columns, and what the empty table says. */
    public ResultsHeadings headings() {
        return headings;
    }
}
