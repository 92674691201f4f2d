package com.splitbench.stats.comparison;

import com.splitbench.stats.Outcome;
import com.splitbench.stats.bayes.BayesianInference;
import com.splitbench.stats.correction.Hypothesis;
import com.splitbench.stats.inference.AbsoluteDifference;
import com.splitbench.stats.inference.ArmEstimate;
import com.splitbench.stats.inference.CupedAdjustment;
import com.splitbench.stats.inference.RelativeLift;
import com.splitbench.stats.sequential.SequentialInference;
import com.splitbench.stats.summary.ArmSummary;

/**
 * Everything the results page and its "explain this number" view may show about one metric and one
 * treatment-control pair. Each part is computed, not computable with a reason, or not requested.
 *
 * @param metricType the metric kind
 * @param control the control's inputs
 * @param treatment the treatment's inputs
 * @param options the options used
 * @param controlArm control's estimate (CUPED-adjusted when CUPED applied)
 * @param treatmentArm treatment's estimate
 * @param cuped what CUPED did, why it fell back, or not requested when the inputs carry no covariate
 * @param absolute the fixed-horizon test of the difference
 * @param relative the relative lift with its delta-method interval
 * @param sequential the always-valid view
 * @param bayesian the Bayesian view
 */
public record ComparisonResult(MetricType metricType, ArmSummary control, ArmSummary treatment,
                               ComparisonOptions options, Outcome<ArmEstimate> controlArm,
                               Outcome<ArmEstimate> treatmentArm, Outcome<CupedAdjustment> cuped,
                               Outcome<AbsoluteDifference> absolute, Outcome<RelativeLift> relative,
                               Outcome<SequentialInference> sequential, Outcome<BayesianInference> bayesian) {

    /**
     * This comparison as a member of a multiple-testing family: the always-valid p-value and confidence
     * sequences when the sequential view was requested, else the fixed-horizon p-value and intervals.
     */
    public Hypothesis asHypothesis() {
        if (options.sequential().enabled()) {
            if (!sequential.isComputed()) {
                String reason = sequential.explanation();
                return new Hypothesis(Outcome.notComputable(reason), Outcome.notComputable(reason),
                        Outcome.notComputable(reason));
            }
            SequentialInference view = sequential.orElseThrow();
            return new Hypothesis(Outcome.computed(view.alwaysValidPValue()), Outcome.computed(view.absoluteInterval()),
                    view.relativeInterval());
        }
        return new Hypothesis(absolute.map(AbsoluteDifference::pValue), absolute.flatMap(AbsoluteDifference::interval),
                relative.map(RelativeLift::interval));
    }
}
