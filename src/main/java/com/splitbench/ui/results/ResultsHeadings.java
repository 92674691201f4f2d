package com.splitbench.ui.results;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.spec.Correction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;

/** The results table's column titles and visibility, and what it says while empty; all follow the view model. */
public final class ResultsHeadings {

    private final ResultsViewModel model;
    private final ReadOnlyObjectProperty<AnalysisResult> result;

    ResultsHeadings(ResultsViewModel model) {
        this.model = model;
        this.result = model.resultProperty();
    }

    /** What the empty table says: that it is computing, why it failed, or that there is nothing to compare. */
    public StringBinding placeholder() {
        return Bindings.createStringBinding(() -> model.computingProperty().get() ? "Computing results…"
                : !model.failureProperty().get().isEmpty() ? "No results with these choices: see the message above."
                : model.variants().size() < 2 ? "The experiment has fewer than two variants: nothing to compare."
                : "No metrics to show. Import metric events for this experiment, or define metrics in its "
                + "Definition tab.", model.computingProperty(), model.failureProperty(), model.variants());
    }

    /** "p-value (adj.)" while a correction is applied, else "p-value". */
    public StringBinding pValueTitle() {
        return Bindings.createStringBinding(() -> result.get() != null
                && result.get().spec().settings().correction() != Correction.NONE ? "p-value (adj.)" : "p-value",
                result);
    }

    /** The title of the difference drawn as a CI bar ({@code shown}), and of the one written beside it. */
    public StringBinding differenceTitle(boolean shown) {
        return Bindings.createStringBinding(() -> model.relativeProperty().get() == shown
                ? (shown ? "Relative lift" : "Rel. lift") : (shown ? "Absolute difference" : "Abs. diff."),
                model.relativeProperty());
    }

    /** Whether the table shows the chance to win: when the shown result has the Bayesian view. */
    public BooleanBinding chanceToWinShown() {
        return Bindings.createBooleanBinding(() -> result.get() != null && result.get().spec().settings().bayesian(),
                result);
    }

    /** Whether the table has a segment column: when the shown result is broken down. */
    public BooleanBinding segmentShown() {
        return Bindings.createBooleanBinding(() -> result.get() != null
                && result.get().segmentDimension().isPresent(), result);
    }
}
