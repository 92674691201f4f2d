package com.splitbench.ui.report;

import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultCalculator;
import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.Correction;
import java.util.Objects;

/**
 * What a results page shows, taken on the UI thread: the spec with the user's choices (baseline, correction, CUPED,
 * sequential, Bayesian, segment) and the sufficient statistics. Immutable, so a worker thread can save or export
 * exactly what the user saw.
 */
public record ShownAnalysis(AnalysisSpec spec, ExperimentStatistics statistics) {

    public ShownAnalysis {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(statistics, "statistics");
    }

    /** The results table as shown. Takes milliseconds; call off the UI thread. */
    public AnalysisResult result() {
        return ResultCalculator.calculate(statistics, spec);
    }

    /** The choices in one line, e.g. "baseline control · Holm correction · CUPED · no segments". */
    public String describeChoices() {
        AnalysisSettings settings = spec.settings();
        StringBuilder text = new StringBuilder();
        if (!statistics.variants().isEmpty()) {
            text.append("baseline ").append(spec.experiment().controlVariant()
                    .orElseGet(() -> spec.experiment().controlFor(new java.util.HashSet<>(statistics.variants()))))
                    .append(" · ");
        }
        text.append(correction(settings.correction()));
        text.append(" · ").append(settings.cupedEnabled() ? "CUPED" : "no CUPED");
        if (settings.sequential()) {
            text.append(" · sequential");
        }
        if (settings.bayesian()) {
            text.append(" · Bayesian");
        }
        text.append(" · ").append(settings.segment().map(d -> "segmented by " + d).orElse("no segments"));
        return text.toString();
    }

    private static String correction(Correction correction) {
        return switch (correction) {
            case NONE -> "no correction";
            case HOLM -> "Holm correction";
            case BENJAMINI_HOCHBERG -> "Benjamini-Hochberg correction";
        };
    }
}
