package com.splitbench.stats.inference;

import com.splitbench.stats.Outcome;
import com.splitbench.stats.Sidedness;
import com.splitbench.stats.summary.CovariateSummary;

/**
 * Mean comparisons on CUPED-adjusted values y - theta (x - pooled mean of x): adjusted means, adjusted per-unit
 * variances Var(y - theta x) = (S_yy - 2 theta S_xy + theta^2 S_xx) / (n - 1), Welch's t-test on them, and the
 * relative lift against the unadjusted control mean with the delta method including the covariance between the
 * adjusted difference and that mean.
 */
public final class CupedAnalysis {

    public static final String METHOD = "CUPED (theta from the pooled sample of all arms) then Welch's t-test on "
            + "adjusted values (Welch-Satterthwaite degrees of freedom)";

    /** The adjusted comparison. */
    public record Result(ArmEstimate controlArm, ArmEstimate treatmentArm, CupedAdjustment adjustment,
                         Outcome<AbsoluteDifference> absolute, Outcome<RelativeLift> relative) {
    }

    private CupedAnalysis() {
    }

    /**
     * Compares adjusted arms; both need at least 2 units.
     *
     * @throws com.splitbench.stats.InvalidParameterException if the confidence level is outside (0, 1)
     */
    public static Outcome<Result> compare(CovariateSummary control, CovariateSummary treatment, CupedTheta theta,
                                          double confidenceLevel, Sidedness sidedness) {
        if (control.n() < 2 || treatment.n() < 2) {
            return Outcome.notComputable("Needs at least 2 units in each arm (control " + control.n()
                    + ", treatment " + treatment.n() + ").");
        }
        ArmEstimate adjustedControl = adjust(control, theta);
        ArmEstimate adjustedTreatment = adjust(treatment, theta);
        Outcome<AbsoluteDifference> absolute = WelchTTest.compare(adjustedControl, adjustedTreatment,
                confidenceLevel, sidedness, METHOD);
        ArmEstimate rawControl = WelchTTest.arm(control.outcome()).orElseThrow();
        ArmEstimate rawTreatment = WelchTTest.arm(treatment.outcome()).orElseThrow();
        double rawVariance = square(rawControl.standardError()) + square(rawTreatment.standardError());
        double adjustedVariance = square(adjustedControl.standardError()) + square(adjustedTreatment.standardError());
        CupedAdjustment adjustment = new CupedAdjustment(theta.theta(), theta.pooledCovariateMean(), rawControl,
                rawTreatment, rawVariance > 0 ? 1 - adjustedVariance / rawVariance : 0);
        Outcome<RelativeLift> relative = absolute.flatMap(difference -> {
            // Cov(adjusted control mean, raw control mean) = (S_yy - theta S_xy) / ((n - 1) n).
            double covariance = (control.outcomeSquaredDeviations() - theta.theta() * control.crossDeviations())
                    / (control.n() - 1) / control.n();
            return RelativeLifts.correlatedBaseline(difference.estimate(), adjustedVariance, rawControl.mean(),
                    square(rawControl.standardError()), -covariance, difference.reference(), confidenceLevel,
                    sidedness, "CUPED-adjusted difference over the unadjusted control mean, Welch t quantile");
        });
        return Outcome.computed(new Result(adjustedControl, adjustedTreatment, adjustment, absolute, relative));
    }

    static ArmEstimate adjust(CovariateSummary arm, CupedTheta theta) {
        double t = theta.theta();
        double mean = arm.sumOutcome() / arm.n() - t * (arm.sumCovariate() / arm.n() - theta.pooledCovariateMean());
        double deviations = arm.outcomeSquaredDeviations() - 2 * t * arm.crossDeviations()
                + t * t * arm.covariateSquaredDeviations();
        double variance = Math.max(0, deviations) / (arm.n() - 1);
        return new ArmEstimate(arm.n(), mean, variance, Math.sqrt(variance / arm.n()));
    }

    private static double square(double x) {
        return x * x;
    }
}
