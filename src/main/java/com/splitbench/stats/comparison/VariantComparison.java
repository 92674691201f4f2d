package com.splitbench.stats.comparison;

import com.splitbench.stats.Outcome;
import com.splitbench.stats.bayes.BayesianInference;
import com.splitbench.stats.bayes.BetaBinomialModel;
import com.splitbench.stats.bayes.GaussianLiftModel;
import com.splitbench.stats.inference.AbsoluteDifference;
import com.splitbench.stats.inference.ArmEstimate;
import com.splitbench.stats.inference.CupedAdjustment;
import com.splitbench.stats.inference.CupedAnalysis;
import com.splitbench.stats.inference.CupedTheta;
import com.splitbench.stats.inference.DeltaMethodRatio;
import com.splitbench.stats.inference.ReferenceDistribution;
import com.splitbench.stats.inference.RelativeLift;
import com.splitbench.stats.inference.RelativeLifts;
import com.splitbench.stats.inference.TwoProportionZTest;
import com.splitbench.stats.inference.WelchTTest;
import com.splitbench.stats.sequential.AsymptoticConfidenceSequence;
import com.splitbench.stats.sequential.SequentialInference;
import com.splitbench.stats.summary.ArmSummary;
import com.splitbench.stats.summary.CovariateSummary;
import com.splitbench.stats.summary.RatioSummary;
import com.splitbench.stats.summary.SampleSummary;
import java.util.List;

/**
 * The one entry point the analysis layer calls per metric and treatment-control pair. Stateless and thread-safe.
 *
 * <p>BINARY: two-proportion z-test with pooled standard error, Wald interval, relative lift by the delta method
 * with z; Bayesian view by the exact beta-binomial model. MEAN: Welch's t-test with Welch-Satterthwaite degrees of
 * freedom for p-value and interval, relative lift with the same t quantile; Bayesian view by the Gaussian model on
 * the lift. RATIO: delta method with the covariance term, z-based. CovariateSummary inputs add CUPED (falling back,
 * with the reason, when the covariate has no variance). docs/statistics.md lists every convention and its source.
 */
public final class VariantComparison {

    private VariantComparison() {
    }

    /** The fixed-horizon part of a comparison. */
    private record FixedHorizon(Outcome<ArmEstimate> controlArm, Outcome<ArmEstimate> treatmentArm,
                                Outcome<CupedAdjustment> cuped, Outcome<AbsoluteDifference> absolute,
                                Outcome<RelativeLift> relative, boolean cupedApplied) {
    }

    /**
     * Compares treatment against control.
     *
     * @param type the metric kind; BINARY and MEAN take {@link SampleSummary} or {@link CovariateSummary} (CUPED),
     *     RATIO takes {@link RatioSummary}; both arms the same kind
     * @throws com.splitbench.stats.InvalidParameterException if the inputs do not fit the type or each other
     * @throws com.splitbench.stats.CountExceedsTotalException if a binary arm has more conversions than units
     * @throws com.splitbench.stats.InconsistentSumsException if a binary arm's sums are not those of 0/1 values
     */
    public static ComparisonResult compare(MetricType type, ArmSummary control, ArmSummary treatment,
                                           ComparisonOptions options) {
        MetricInputs.check(type, control, treatment);
        FixedHorizon fixed = fixedHorizon(type, control, treatment, options);
        Outcome<SequentialInference> sequential = options.sequential().enabled()
                ? fixed.absolute().flatMap(absolute -> AsymptoticConfidenceSequence.analyse(absolute,
                        fixed.relative(), control.n() + treatment.n(), options.confidenceLevel(),
                        options.sequential().tuningParameter()))
                : Outcome.notRequested();
        Outcome<BayesianInference> bayesian = options.bayesian().enabled()
                ? bayesian(type, control, treatment, fixed, options)
                : Outcome.notRequested();
        return new ComparisonResult(type, control, treatment, options, fixed.controlArm(), fixed.treatmentArm(),
                fixed.cuped(), fixed.absolute(), fixed.relative(), sequential, bayesian);
    }

    private static FixedHorizon fixedHorizon(MetricType type, ArmSummary control, ArmSummary treatment,
                                             ComparisonOptions options) {
        if (control instanceof CovariateSummary c && treatment instanceof CovariateSummary t) {
            Outcome<CupedTheta> theta = options.pooledTheta().map(Outcome::computed)
                    .orElseGet(() -> CupedTheta.pooled(List.of(c, t)));
            Outcome<CupedAnalysis.Result> adjusted = theta.flatMap(value -> CupedAnalysis.compare(c, t, value,
                    options.confidenceLevel(), options.sidedness()));
            if (adjusted.isComputed()) {
                CupedAnalysis.Result r = adjusted.orElseThrow();
                return new FixedHorizon(Outcome.computed(r.controlArm()), Outcome.computed(r.treatmentArm()),
                        Outcome.computed(r.adjustment()), r.absolute(), r.relative(), true);
            }
            FixedHorizon unadjusted = fixedHorizon(type, c.outcome(), t.outcome(), options);
            return new FixedHorizon(unadjusted.controlArm(), unadjusted.treatmentArm(),
                    Outcome.notComputable(adjusted.explanation()), unadjusted.absolute(), unadjusted.relative(),
                    false);
        }
        if (type == MetricType.RATIO) {
            Outcome<ArmEstimate> c = DeltaMethodRatio.arm((RatioSummary) control);
            Outcome<ArmEstimate> t = DeltaMethodRatio.arm((RatioSummary) treatment);
            Outcome<AbsoluteDifference> absolute = both(c, t, (a, b) -> DeltaMethodRatio.compare(a, b,
                    options.confidenceLevel(), options.sidedness()));
            return new FixedHorizon(c, t, Outcome.notRequested(), absolute,
                    relative(c, t, absolute, options, "ratio of sums, z quantile"), false);
        }
        SampleSummary controlSample = (SampleSummary) control;
        SampleSummary treatmentSample = (SampleSummary) treatment;
        if (type == MetricType.BINARY) {
            Outcome<ArmEstimate> c = TwoProportionZTest.arm(controlSample);
            Outcome<ArmEstimate> t = TwoProportionZTest.arm(treatmentSample);
            Outcome<AbsoluteDifference> absolute = TwoProportionZTest.compare(controlSample, treatmentSample,
                    options.confidenceLevel(), options.sidedness());
            return new FixedHorizon(c, t, Outcome.notRequested(), absolute,
                    relative(c, t, absolute, options, "variance p(1 - p) per arm, z quantile"), false);
        }
        Outcome<ArmEstimate> c = WelchTTest.arm(controlSample);
        Outcome<ArmEstimate> t = WelchTTest.arm(treatmentSample);
        Outcome<AbsoluteDifference> absolute = both(c, t, (a, b) -> WelchTTest.compare(a, b,
                options.confidenceLevel(), options.sidedness(), WelchTTest.METHOD));
        return new FixedHorizon(c, t, Outcome.notRequested(), absolute,
                relative(c, t, absolute, options, "Welch t quantile with the test's degrees of freedom"), false);
    }

    private static Outcome<RelativeLift> relative(Outcome<ArmEstimate> control, Outcome<ArmEstimate> treatment,
                                                  Outcome<AbsoluteDifference> absolute, ComparisonOptions options,
                                                  String method) {
        if (!control.isComputed() || !treatment.isComputed()) {
            return Outcome.notComputable((control.isComputed() ? treatment : control).explanation());
        }
        ReferenceDistribution reference = absolute.map(AbsoluteDifference::reference)
                .asOptional().orElse(new ReferenceDistribution.Normal());
        if (!absolute.isComputed() && control.orElseThrow().mean() != 0) {
            return Outcome.notComputable(absolute.explanation());
        }
        return RelativeLifts.independentArms(control.orElseThrow(), treatment.orElseThrow(), reference,
                options.confidenceLevel(), options.sidedness(), method);
    }

    private static Outcome<BayesianInference> bayesian(MetricType type, ArmSummary control, ArmSummary treatment,
                                                       FixedHorizon fixed, ComparisonOptions options) {
        if (type == MetricType.BINARY && !fixed.cupedApplied()) {
            return BetaBinomialModel.analyse(MetricInputs.outcome(control), MetricInputs.outcome(treatment),
                    options.confidenceLevel());
        }
        return fixed.relative().flatMap(lift -> GaussianLiftModel.analyse(lift.estimate(), lift.standardError(),
                options.bayesian().liftPrior(), options.confidenceLevel()));
    }

    private interface ArmTest {
        Outcome<AbsoluteDifference> apply(ArmEstimate control, ArmEstimate treatment);
    }

    private static Outcome<AbsoluteDifference> both(Outcome<ArmEstimate> control, Outcome<ArmEstimate> treatment,
                                                    ArmTest test) {
        if (!control.isComputed() || !treatment.isComputed()) {
            return Outcome.notComputable("Needs at least 2 units in each arm, and a defined estimate in each: "
                    + (control.isComputed() ? treatment : control).explanation());
        }
        return test.apply(control.orElseThrow(), treatment.orElseThrow());
    }
}
