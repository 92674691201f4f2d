package com.splitbench.analysis.result;

import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.model.StatisticType;
import com.splitbench.spec.Direction;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.bayes.BayesianInference;
import com.splitbench.stats.comparison.ComparisonResult;
import com.splitbench.stats.correction.AdjustedHypothesis;
import com.splitbench.stats.correction.Hypothesis;
import com.splitbench.stats.inference.AbsoluteDifference;
import com.splitbench.stats.inference.Interval;
import com.splitbench.stats.inference.RelativeLift;
import java.util.Optional;

/** A result row before the multiple-testing correction of its group is known. */
record RowDraft(MetricStatistics metric, String variant, boolean control, Optional<String> segment, Moments moments,
        Optional<ComparisonResult> comparison, boolean inFamily) {

    static RowDraft control(MetricStatistics metric, String variant, Optional<String> segment, Moments moments) {
        return new RowDraft(metric, variant, true, segment, moments, Optional.empty(), false);
    }

    static RowDraft treatment(MetricStatistics metric, String variant, Optional<String> segment, Moments moments,
            ComparisonResult comparison, boolean inFamily) {
        return new RowDraft(metric, variant, false, segment, moments, Optional.of(comparison), inFamily);
    }

    Hypothesis hypothesis() {
        return comparison.orElseThrow().asHypothesis();
    }

    ResultRow toRow(Optional<AdjustedHypothesis> adjusted) {
        StatisticType type = metric.type();
        double denominator = type == StatisticType.RATIO ? moments.sumD() : moments.n();
        Outcome<Double> mean = denominator == 0
                ? Outcome.notComputable(type == StatisticType.RATIO ? "The denominator is 0 in this variant."
                        : "No users in this variant.")
                : Outcome.computed(moments.sumY() / denominator);
        if (comparison.isEmpty()) {
            String reason = "The control row is the baseline of the comparison.";
            return new ResultRow(metric.name(), type, metric.definition().role(), metric.definition().direction(),
                    variant, true, segment, moments.n(), moments.sumY(), denominator, mean, Optional.empty(),
                    Outcome.notRequested(), Outcome.notRequested(), Outcome.notRequested(), Outcome.notRequested(),
                    Outcome.notComputable(reason), Outcome.notComputable(reason), false, Outcome.notRequested(),
                    Verdict.BASELINE);
        }
        ComparisonResult result = comparison.get();
        Hypothesis hypothesis = result.asHypothesis();
        Outcome<Interval> absoluteInterval = adjusted.map(AdjustedHypothesis::absoluteInterval)
                .orElse(hypothesis.absoluteInterval());
        Outcome<Interval> relativeInterval = adjusted.map(AdjustedHypothesis::relativeInterval)
                .orElse(hypothesis.relativeInterval());
        Outcome<Double> pAdjusted = adjusted.map(AdjustedHypothesis::adjustedPValue).orElse(hypothesis.pValue());
        Direction direction = metric.definition().direction();
        Outcome<Double> chance = result.bayesian().map(bayes -> chanceToWin(bayes, direction));
        return new ResultRow(metric.name(), type, metric.definition().role(), direction, variant, false, segment,
                moments.n(), moments.sumY(), denominator, mean, comparison,
                result.absolute().map(AbsoluteDifference::estimate), absoluteInterval,
                result.relative().map(RelativeLift::estimate), relativeInterval, hypothesis.pValue(), pAdjusted,
                inFamily, chance, verdict(absoluteInterval, direction));
    }

    private static double chanceToWin(BayesianInference bayes, Direction direction) {
        return direction == Direction.HIGHER_IS_BETTER ? bayes.chanceToBeatControl() : bayes.chanceControlIsBetter();
    }

    private static Verdict verdict(Outcome<Interval> interval, Direction direction) {
        if (!interval.isComputed()) {
            return Verdict.NOT_COMPUTABLE;
        }
        Interval ci = interval.orElseThrow();
        if (!ci.excludes(0)) {
            return Verdict.INCONCLUSIVE;
        }
        boolean up = ci.lower() > 0;
        return up == (direction == Direction.HIGHER_IS_BETTER) ? Verdict.BETTER : Verdict.WORSE;
    }
}
