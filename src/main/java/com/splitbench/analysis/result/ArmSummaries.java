package com.splitbench.analysis.result;

import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.model.StatisticType;
import com.splitbench.stats.comparison.ComparisonOptions;
import com.splitbench.stats.comparison.MetricType;
import com.splitbench.stats.bayes.GaussianPrior;
import com.splitbench.stats.summary.ArmSummary;
import com.splitbench.stats.summary.CovariateSummary;
import com.splitbench.stats.summary.RatioSummary;
import com.splitbench.stats.summary.SampleSummary;
import com.splitbench.spec.AnalysisSettings;

/** Translates the analysis layer's moments and settings into the statistics engine's inputs. */
final class ArmSummaries {

    private ArmSummaries() {
    }

    static MetricType metricType(StatisticType type) {
        return switch (type) {
            case BINARY -> MetricType.BINARY;
            case MEAN -> MetricType.MEAN;
            case RATIO -> MetricType.RATIO;
        };
    }

    /**
     * The arm's summary: with the covariate (so CUPED applies) when {@code cuped} is true, for binary and mean
     * metrics only.
     */
    static ArmSummary of(Moments m, StatisticType type, boolean cuped) {
        if (type == StatisticType.RATIO) {
            return RatioSummary.fromSums(m.n(), m.sumY(), m.sumY2(), m.sumD(), m.sumD2(), m.sumYD());
        }
        if (cuped) {
            return CovariateSummary.fromSums(m.n(), m.sumY(), m.sumY2(), m.sumX(), m.sumX2(), m.sumXY());
        }
        return SampleSummary.fromSums(m.n(), m.sumY(), m.sumY2());
    }

    static ComparisonOptions options(AnalysisSettings settings) {
        ComparisonOptions options = ComparisonOptions.defaults().withConfidenceLevel(settings.confidenceLevel());
        if (settings.sequential()) {
            options = options.withSequential(settings.sequentialTuning());
        }
        if (settings.bayesian()) {
            options = options.withBayesian(settings.bayesianPriorSd().map(GaussianPrior::proper)
                    .orElse(GaussianPrior.flat()));
        }
        return options;
    }

    static com.splitbench.stats.correction.Correction correction(com.splitbench.spec.Correction correction) {
        return switch (correction) {
            case NONE -> com.splitbench.stats.correction.Correction.NONE;
            case HOLM -> com.splitbench.stats.correction.Correction.HOLM;
            case BENJAMINI_HOCHBERG -> com.splitbench.stats.correction.Correction.BENJAMINI_HOCHBERG;
        };
    }
}
