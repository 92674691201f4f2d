package com.splitbench.ui.power;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultRow;
import com.splitbench.analysis.model.StatisticType;
import com.splitbench.stats.InvalidStatisticsInputException;
import com.splitbench.stats.inference.ArmEstimate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The power panel: the sample size for a planned effect, or the smallest effect detectable with a sample size, for
 * a conversion rate or a mean; and the days the selected experiment still needs at the traffic it has seen. The
 * inputs start from a metric of the experiment (its control's value and spread). Every field is checked here, with
 * a message for the field. Holds no nodes; the arithmetic takes microseconds, so it runs on every keystroke.
 */
public final class PowerViewModel {

    /** What kind of metric is planned for. */
    public enum Kind { PROPORTION, MEAN }

    /** What is asked for. */
    public enum Goal { SAMPLE_SIZE, MINIMUM_EFFECT }

    private final ObservableValue<AnalysisResult> result;
    private final ObservableList<String> metrics = FXCollections.observableArrayList();
    private final StringProperty metric = new SimpleStringProperty(this, "metric");
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.PROPORTION);
    private final ObjectProperty<Goal> goal = new SimpleObjectProperty<>(this, "goal", Goal.SAMPLE_SIZE);
    private final StringProperty baseline = new SimpleStringProperty(this, "baseline", "10");
    private final StringProperty deviation = new SimpleStringProperty(this, "deviation", "1");
    private final StringProperty effect = new SimpleStringProperty(this, "effect", "5");
    private final StringProperty usersPerVariant = new SimpleStringProperty(this, "usersPerVariant", "10000");
    private final StringProperty confidence = new SimpleStringProperty(this, "confidence", "95");
    private final StringProperty power = new SimpleStringProperty(this, "power", "80");
    private final PowerFields.Messages messages = new PowerFields.Messages();
    private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper(this, "answer", "");
    private final ReadOnlyStringWrapper daysLeft = new ReadOnlyStringWrapper(this, "daysLeft", "");

    public PowerViewModel(ObservableValue<AnalysisResult> result) {
        this.result = Objects.requireNonNull(result);
        result.addListener((observable, before, now) -> resultChanged(before, now));
        metric.addListener((observable, before, now) -> prefill());
        for (ObservableValue<?> input : List.<ObservableValue<?>>of(kind, goal, baseline, deviation, effect, usersPerVariant, confidence, power)) {
            input.addListener((observable, before, now) -> compute());
        }
        resultChanged(null, result.getValue());
        compute();
    }

    private void resultChanged(AnalysisResult before, AnalysisResult now) {
        if (now == null) {
            return;
        }
        List<String> names = now.spec().metrics().stream().map(m -> m.name()).toList();
        if (!metrics.equals(names)) {
            metrics.setAll(names);
        }
        if (metric.get() == null || !names.contains(metric.get())) {
            metric.set(names.isEmpty() ? null : names.get(0));
        } else if (before == null) {
            prefill();
        }
        compute();
    }

    /** Takes the planned baseline and spread from the chosen metric's control in the shown result. */
    private void prefill() {
        AnalysisResult shown = result.getValue();
        if (shown == null || metric.get() == null) {
            return;
        }
        Optional<ResultRow> control = shown.rows().stream()
                .filter(row -> row.control() && row.metric().equals(metric.get()) && row.segment().isEmpty())
                .findFirst();
        Optional<ArmEstimate> arm = shown.rows().stream()
                .filter(row -> !row.control() && row.metric().equals(metric.get()) && row.segment().isEmpty())
                .flatMap(row -> row.comparison().flatMap(c -> c.controlArm().asOptional()).stream()).findFirst();
        control.ifPresent(row -> {
            double value = row.mean().asOptional().orElse(Double.NaN);
            if (row.type() == StatisticType.BINARY) {
                kind.set(Kind.PROPORTION);
                baseline.set(PowerInputs.percent(value));
            } else {
                kind.set(Kind.MEAN);
                baseline.set(PowerInputs.plain(value));
                arm.ifPresent(estimate -> deviation.set(PowerInputs.plain(Math.sqrt(estimate.variance()))));
            }
        });
        compute();
    }

    private void compute() {
        PowerFields fields = PowerFields.read(this, messages);
        if (!fields.valid()) {
            answer.set("Fix the fields marked above to see the answer.");
            daysLeft.set("");
            return;
        }
        try {
            answer.set(PowerAnswers.answer(fields));
            daysLeft.set(PowerAnswers.daysLeft(fields, result.getValue()));
        } catch (InvalidStatisticsInputException e) {
            // The fields are checked above; this catches combinations the checks do not foresee.
            answer.set("These inputs have no answer: " + e.getMessage());
            daysLeft.set("");
        }
    }

    public ObservableList<String> metrics() {
        return metrics;
    }

    public StringProperty metricProperty() {
        return metric;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Goal> goalProperty() {
        return goal;
    }

    /** The control's conversion rate in percent, or its mean. */
    public StringProperty baselineProperty() {
        return baseline;
    }

    /** The per-user standard deviation (means only). */
    public StringProperty deviationProperty() {
        return deviation;
    }

    /** The relative effect to detect, in percent (sample-size goal). */
    public StringProperty effectProperty() {
        return effect;
    }

    /** Users in each variant (smallest-effect goal). */
    public StringProperty usersPerVariantProperty() {
        return usersPerVariant;
    }

    public StringProperty confidenceProperty() {
        return confidence;
    }

    public StringProperty powerProperty() {
        return power;
    }

    /** The message next to each field; empty when the field is fine. */
    public PowerFields.Messages messages() {
        return messages;
    }

    public ReadOnlyStringProperty answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** Days the experiment still needs at its observed traffic, in words; empty without an experiment. */
    public ReadOnlyStringProperty daysLeftProperty() {
        return daysLeft.getReadOnlyProperty();
    }

    public BooleanBinding deviationShown() {
        return Bindings.createBooleanBinding(() -> kind.get() == Kind.MEAN, kind);
    }

    public BooleanBinding effectShown() {
        return Bindings.createBooleanBinding(() -> goal.get() == Goal.SAMPLE_SIZE, goal);
    }
}
