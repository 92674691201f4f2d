package com.splitbench.spec.json;

import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.Correction;
import com.splitbench.spec.ExperimentDefinition;
import com.splitbench.spec.InvalidSpecException;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.json.SpecJson.ExperimentJson;
import com.splitbench.spec.json.SpecJson.MetricJson;
import com.splitbench.spec.json.SpecJson.SettingsJson;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Maps the file form of a spec to the validated domain records and back. */
public final class SpecMapper {

    private SpecMapper() {
    }

    public static AnalysisSpec toDomain(SpecJson json) {
        if (json.experiment() == null) {
            throw new InvalidSpecException("The spec has no \"experiment\" section.");
        }
        List<MetricDefinition> metrics = new ArrayList<>();
        if (json.metrics() != null) {
            for (int i = 0; i < json.metrics().size(); i++) {
                MetricJson metric = json.metrics().get(i);
                if (metric == null) {
                    throw new InvalidSpecException("Metric #" + (i + 1) + " of the spec is empty.");
                }
                metrics.add(MetricMapper.toDomain(metric, i));
            }
        }
        return new AnalysisSpec(experiment(json.experiment()), metrics, settings(json.settings()));
    }

    public static SpecJson toJson(AnalysisSpec spec) {
        ExperimentDefinition e = spec.experiment();
        ExperimentJson experiment = new ExperimentJson(e.key(), e.displayName(), emptyToNull(e.hypothesis()),
                e.controlVariant().orElse(null), e.weights().isEmpty() ? null : e.weights(),
                e.from().map(Instant::toString).orElse(null), e.to().map(Instant::toString).orElse(null),
                emptyToNull(e.notes()));
        List<MetricJson> metrics = spec.metrics().stream().map(MetricMapper::toJson).toList();
        AnalysisSettings s = spec.settings();
        SettingsJson settings = new SettingsJson(s.confidenceLevel(), s.correction().cliName(), s.cupedEnabled(),
                s.sequential(), s.sequentialTuning(), s.bayesian(), s.bayesianPriorSd().orElse(null),
                s.srmThreshold(), s.segment().orElse(null));
        return new SpecJson(SpecJson.FORMAT, SpecJson.CURRENT_VERSION, experiment, metrics, settings);
    }

    private static ExperimentDefinition experiment(ExperimentJson json) {
        return new ExperimentDefinition(json.key(), json.displayName(), json.hypothesis(),
                Optional.ofNullable(json.control()).filter(c -> !c.isBlank()), json.weights(),
                instant(json.from(), "experiment.from"), instant(json.to(), "experiment.to"), json.notes());
    }

    private static AnalysisSettings settings(SettingsJson json) {
        if (json == null) {
            return AnalysisSettings.DEFAULTS;
        }
        AnalysisSettings d = AnalysisSettings.DEFAULTS;
        return new AnalysisSettings(
                orDefault(json.confidenceLevel(), d.confidenceLevel()),
                json.correction() == null ? d.correction() : Correction.fromCliName(json.correction()),
                orDefault(json.cuped(), d.cupedEnabled()),
                orDefault(json.sequential(), d.sequential()),
                orDefault(json.sequentialTuning(), d.sequentialTuning()),
                orDefault(json.bayesian(), d.bayesian()),
                Optional.ofNullable(json.priorSd()),
                orDefault(json.srmThreshold(), d.srmThreshold()),
                Optional.ofNullable(json.segment()));
    }

    private static Optional<Instant> instant(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.trim()));
        } catch (DateTimeParseException e) {
            throw new InvalidSpecException("The " + field + " '" + text + "' is not an ISO-8601 instant such as "
                    + "2026-03-01T00:00:00Z.", e);
        }
    }

    static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
