package com.splitbench.ui.experiment;

import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.ExperimentDefinition;
import com.splitbench.spec.InvalidSpecException;
import com.splitbench.spec.MetricDefinition;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Fills the experiment editor from a loaded experiment, and checks and builds the spec it saves. */
final class ExperimentForm {

    private ExperimentForm() {
    }

    /** The spec as the workspace keeps it: without metrics when the automatic ones are used. */
    static AnalysisSpec specToSave(LoadedExperiment experiment) {
        return experiment.automaticMetrics() ? experiment.spec().withMetrics(List.of()) : experiment.spec();
    }

    static void load(ExperimentEditorViewModel form, LoadedExperiment experiment) {
        ExperimentDefinition definition = experiment.spec().experiment();
        List<String> variants = experiment.statistics().variants();
        form.name.set(definition.displayName());
        form.hypothesis.set(definition.hypothesis());
        form.variants.setAll(variants);
        form.control.set(variants.isEmpty() ? null : definition.controlFor(new HashSet<>(variants)));
        form.weights.clear();
        for (String variant : variants) {
            double weight = definition.weights().isEmpty() ? 1 : definition.weights().getOrDefault(variant, 0.0);
            WeightField field = new WeightField(variant, plain(weight));
            field.textProperty().addListener((observable, before, now) -> form.check());
            form.weights.add(field);
        }
        form.from.set(definition.from().map(instant -> instant.atZone(ZoneOffset.UTC).toLocalDate()).orElse(null));
        form.until.set(definition.to().map(instant -> instant.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1))
                .orElse(null));
        form.notes.set(definition.notes());
        List<MetricChoice> choices = new ArrayList<>();
        Set<String> offered = new HashSet<>();
        for (MetricDefinition metric : experiment.spec().metrics()) {
            choices.add(new MetricChoice(metric, experiment.automaticMetrics() ? "automatic" : "this experiment",
                    true));
            offered.add(metric.name());
        }
        List<MetricDefinition> others = new ArrayList<>();
        if (experiment.catalog().columns().isEmpty()) {
            others.addAll(experiment.catalog().library());
        }
        others.addAll(experiment.catalog().automatic());
        for (MetricDefinition metric : others) {
            if (offered.add(metric.name())) {
                boolean library = experiment.catalog().library().contains(metric);
                choices.add(new MetricChoice(metric, library ? "library" : "automatic", false));
            }
        }
        choices.forEach(choice -> choice.selectedProperty().addListener((observable, before, now) -> form.check()));
        form.metrics.setAll(choices);
    }

    /** The spec to save, or null with the messages set when a field is wrong. */
    static AnalysisSpec build(ExperimentEditorViewModel form, LoadedExperiment experiment) {
        ExperimentDefinition before = experiment.spec().experiment();
        String name = form.name.get().strip();
        form.nameMessage.set(name.length() > 200 ? "Use at most 200 characters." : "");
        Map<String, Double> weights = weights(form);
        form.datesMessage.set(form.from.get() != null && form.until.get() != null
                && form.until.get().isBefore(form.from.get()) ? "The last day is before the first day." : "");
        List<MetricDefinition> metrics = metrics(form, experiment);
        if (!form.nameMessage.get().isEmpty() || weights == null || !form.datesMessage.get().isEmpty()) {
            return null;
        }
        String control = form.control.get();
        Optional<String> chosenControl = before.controlVariant().isEmpty() && control != null
                && control.equals(before.controlFor(new HashSet<>(form.variants))) ? Optional.empty()
                : Optional.ofNullable(control);
        Optional<Instant> from = Optional.ofNullable(form.from.get()).map(d -> d.atStartOfDay(ZoneOffset.UTC)
                .toInstant());
        Optional<Instant> to = Optional.ofNullable(form.until.get()).map(d -> d.plusDays(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant());
        try {
            ExperimentDefinition definition = new ExperimentDefinition(before.key(), name, form.hypothesis.get(),
                    chosenControl, weights, from, to, form.notes.get());
            return new AnalysisSpec(definition, metrics, experiment.spec().settings());
        } catch (InvalidSpecException e) {
            form.nameMessage.set(e.getMessage());
            return null;
        }
    }

    private static Map<String, Double> weights(ExperimentEditorViewModel form) {
        Map<String, Double> weights = new LinkedHashMap<>();
        boolean wrong = false;
        for (WeightField field : form.weights) {
            try {
                double weight = Double.parseDouble(field.textProperty().get().replace("%", "").strip());
                field.message.set(weight >= 0 && Double.isFinite(weight) ? "" : "Not below 0.");
                weights.put(field.variant(), weight);
            } catch (NumberFormatException e) {
                field.message.set("Enter a number, e.g. 50.");
            }
            wrong |= !field.message.get().isEmpty();
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        form.weightsMessage.set(wrong ? "Give every variant a weight." : !(total > 0)
                ? "At least one variant needs a weight above 0." : "");
        if (!form.weightsMessage.get().isEmpty()) {
            return null;
        }
        boolean equal = weights.values().stream().distinct().count() <= 1;
        return equal ? Map.of() : weights;
    }

    private static List<MetricDefinition> metrics(ExperimentEditorViewModel form, LoadedExperiment experiment) {
        List<MetricDefinition> chosen = form.metrics.stream().filter(c -> c.selectedProperty().get())
                .map(MetricChoice::metric).toList();
        form.metricsMessage.set(chosen.isEmpty() ? "No metric is ticked: the automatic metrics of the data are "
                + "analysed." : "");
        boolean automatic = experiment.automaticMetrics() && chosen.equals(experiment.spec().metrics());
        return automatic ? List.of() : chosen;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
