package com.splitbench.spec;

import java.util.Optional;

/**
 * How results are computed and shown. Every switch here is applied from cached sufficient statistics, without
 * rescanning raw events.
 *
 * @param confidenceLevel e.g. 0.95 for 95 % intervals and a 5 % significance level
 * @param correction multiple-testing correction over goal metrics × treatments
 * @param cupedEnabled master switch: when false, no metric uses CUPED even if it is configured
 * @param sequential always-valid intervals (Waudby-Smith et al.) instead of fixed-horizon ones
 * @param sequentialTuning the N* tuning parameter of the confidence sequence
 * @param bayesian also show chance to beat control, expected loss and credible intervals
 * @param bayesianPriorSd the standard deviation of a N(0, σ²) prior on the relative lift; empty for a flat prior
 * @param srmThreshold the p-value below which a sample ratio mismatch is flagged
 * @param segment the dimension to break results down by; empty for no breakdown
 */
public record AnalysisSettings(
        double confidenceLevel,
        Correction correction,
        boolean cupedEnabled,
        boolean sequential,
        double sequentialTuning,
        boolean bayesian,
        Optional<Double> bayesianPriorSd,
        double srmThreshold,
        Optional<String> segment) {

    public static final double DEFAULT_CONFIDENCE = 0.95;
    public static final double DEFAULT_SEQUENTIAL_TUNING = 5_000;
    public static final double DEFAULT_SRM_THRESHOLD = 0.001;

    public static final AnalysisSettings DEFAULTS = new AnalysisSettings(DEFAULT_CONFIDENCE, Correction.NONE, true,
            false, DEFAULT_SEQUENTIAL_TUNING, false, Optional.empty(), DEFAULT_SRM_THRESHOLD, Optional.empty());

    public AnalysisSettings {
        if (!(confidenceLevel > 0.5 && confidenceLevel < 1)) {
            throw new InvalidSpecException("The confidence level must be between 0.5 and 1 (e.g. 0.95), got "
                    + confidenceLevel + ".");
        }
        SpecChecks.requireNonNull(correction, "correction");
        if (!(sequentialTuning > 0) || Double.isInfinite(sequentialTuning)) {
            throw new InvalidSpecException("The sequential tuning parameter N* must be a positive number, got "
                    + sequentialTuning + ".");
        }
        bayesianPriorSd = bayesianPriorSd == null ? Optional.empty() : bayesianPriorSd;
        if (bayesianPriorSd.isPresent() && !(bayesianPriorSd.get() > 0 && Double.isFinite(bayesianPriorSd.get()))) {
            throw new InvalidSpecException("The prior standard deviation must be a positive number, got "
                    + bayesianPriorSd.get() + ".");
        }
        if (!(srmThreshold > 0 && srmThreshold < 1)) {
            throw new InvalidSpecException("The SRM threshold must be between 0 and 1, got " + srmThreshold + ".");
        }
        segment = segment == null ? Optional.empty() : segment.filter(s -> !s.isBlank());
    }

    public AnalysisSettings withCorrection(Correction value) {
        return new AnalysisSettings(confidenceLevel, value, cupedEnabled, sequential, sequentialTuning, bayesian,
                bayesianPriorSd, srmThreshold, segment);
    }

    public AnalysisSettings withCuped(boolean value) {
        return new AnalysisSettings(confidenceLevel, correction, value, sequential, sequentialTuning, bayesian,
                bayesianPriorSd, srmThreshold, segment);
    }

    public AnalysisSettings withSequential(boolean value) {
        return new AnalysisSettings(confidenceLevel, correction, cupedEnabled, value, sequentialTuning, bayesian,
                bayesianPriorSd, srmThreshold, segment);
    }

    public AnalysisSettings withBayesian(boolean value) {
        return new AnalysisSettings(confidenceLevel, correction, cupedEnabled, sequential, sequentialTuning, value,
                bayesianPriorSd, srmThreshold, segment);
    }

    public AnalysisSettings withSegment(String value) {
        return new AnalysisSettings(confidenceLevel, correction, cupedEnabled, sequential, sequentialTuning, bayesian,
                bayesianPriorSd, srmThreshold, Optional.ofNullable(value));
    }
}
