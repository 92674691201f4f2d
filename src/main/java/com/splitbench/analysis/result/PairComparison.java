package com.splitbench.analysis.result;

import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.model.StatisticType;
import com.splitbench.spec.AnalysisSettings;
import com.splitbench.stats.comparison.ComparisonOptions;
import com.splitbench.stats.comparison.ComparisonResult;
import com.splitbench.stats.comparison.VariantComparison;
import com.splitbench.stats.inference.CupedTheta;
import com.splitbench.stats.summary.CovariateSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One treatment-control comparison from moments, with CUPED's θ pooled over all arms of the experiment. */
final class PairComparison {

    private PairComparison() {
    }

    static ComparisonOptions options(AnalysisSettings settings, StatisticType type, List<Moments> arms,
            boolean cuped) {
        ComparisonOptions options = ArmSummaries.options(settings);
        if (!cuped) {
            return options;
        }
        List<CovariateSummary> summaries = new ArrayList<>();
        for (Moments arm : arms) {
            summaries.add((CovariateSummary) ArmSummaries.of(arm, type, true));
        }
        Optional<CupedTheta> theta = CupedTheta.pooled(summaries).asOptional();
        return theta.map(options::withPooledTheta).orElse(options);
    }

    /**
     * Compares treatment with control.
     *
     * @throws com.splitbench.stats.InvalidStatisticsInputException when the moments are inconsistent, which only a
     *     broken statistics source can produce
     */
    static ComparisonResult compare(StatisticType type, Moments control, Moments treatment, boolean cuped,
            ComparisonOptions options) {
        return VariantComparison.compare(ArmSummaries.metricType(type), ArmSummaries.of(control, type, cuped),
                ArmSummaries.of(treatment, type, cuped), options);
    }
}
