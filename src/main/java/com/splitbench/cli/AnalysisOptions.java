package com.splitbench.cli;

import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.Correction;
import com.splitbench.spec.InvalidSpecException;
import com.splitbench.spec.json.SpecFiles;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that choose what to analyse and how, shared by {@code analyze}, {@code report} and {@code show}
 * (which re-slices a report's stored statistics and so takes no --spec).
 */
public final class AnalysisOptions {

    @Option(names = "--spec", paramLabel = "FILE", description = "An analysis spec (JSON; see docs/spec.md).")
    Path spec;

    @Option(names = "--control", paramLabel = "VARIANT", description = "The baseline variant.")
    String control;

    @Option(names = "--correction", paramLabel = "none|holm|bh",
            description = "Multiple-testing correction over goal metrics × treatments.")
    String correction;

    @Option(names = "--segment", paramLabel = "DIMENSION", description = "Break results down by a dimension.")
    String segment;

    @Option(names = "--confidence", paramLabel = "LEVEL", description = "Confidence level, e.g. 0.95.")
    Double confidence;

    @Option(names = "--cuped", negatable = true, description = "Use CUPED where metrics configure it (default on).")
    Boolean cuped;

    @Option(names = "--sequential", negatable = true,
            description = "Always-valid (sequential) intervals and p-values (--no-sequential: fixed-horizon).")
    Boolean sequential;

    @Option(names = "--bayesian", negatable = true,
            description = "Add chance to win, expected loss and credible intervals (--no-bayesian: leave out).")
    Boolean bayesian;

    Path specFile() {
        return spec;
    }

    /**
     * The spec to run: the --spec file, else {@code saved} (the workspace's definition), else automatic metrics;
     * then the command-line switches on top.
     */
    AnalysisSpec resolve(String experimentKey, AnalysisSpec saved) {
        AnalysisSpec base;
        if (spec != null) {
            base = SpecFiles.read(spec);
            if (!base.experiment().key().equals(experimentKey)) {
                throw new InvalidSpecException("The spec " + spec + " is for experiment '" + base.experiment().key()
                        + "', not '" + experimentKey + "'.");
            }
        } else {
            base = saved != null ? saved : AnalysisSpec.automatic(experimentKey);
        }
        if (control != null) {
            base = base.withExperiment(base.experiment().withControl(control));
        }
        AnalysisSettings settings = base.settings();
        if (correction != null) {
            settings = settings.withCorrection(Correction.fromCliName(correction));
        }
        if (segment != null) {
            settings = settings.withSegment(segment);
        }
        if (cuped != null) {
            settings = settings.withCuped(cuped);
        }
        if (sequential != null) {
            settings = settings.withSequential(sequential);
        }
        if (bayesian != null) {
            settings = settings.withBayesian(bayesian);
        }
        if (confidence != null) {
            settings = new AnalysisSettings(confidence, settings.correction(), settings.cupedEnabled(),
                    settings.sequential(), settings.sequentialTuning(), settings.bayesian(),
                    settings.bayesianPriorSd(), settings.srmThreshold(), settings.segment());
        }
        return base.withSettings(settings);
    }

    Optional<String> segment() {
        return Optional.ofNullable(segment);
    }
}
