package com.splitbench.stats.comparison;

import com.splitbench.stats.CountExceedsTotalException;
import com.splitbench.stats.InconsistentSumsException;
import com.splitbench.stats.InvalidParameterException;
import com.splitbench.stats.summary.ArmSummary;
import com.splitbench.stats.summary.CovariateSummary;
import com.splitbench.stats.summary.RatioSummary;
import com.splitbench.stats.summary.SampleSummary;

/** Checks that the inputs fit the metric type and each other. */
final class MetricInputs {

    /** Relative tolerance for the squared deviations of a binary arm against c (n - c) / n. */
    private static final double BINARY_TOLERANCE = 1e-9;

    private MetricInputs() {
    }

    static void check(MetricType type, ArmSummary control, ArmSummary treatment) {
        if (type == null || control == null || treatment == null) {
            throw new InvalidParameterException("metric type and both arms are required.");
        }
        if (control.getClass() != treatment.getClass()) {
            throw new InvalidParameterException("control and treatment summaries are of different kinds ("
                    + control.getClass().getSimpleName() + ", " + treatment.getClass().getSimpleName() + ").");
        }
        boolean ratioInput = control instanceof RatioSummary;
        if ((type == MetricType.RATIO) != ratioInput) {
            throw new InvalidParameterException(type + " metrics need " + (type == MetricType.RATIO
                    ? "RatioSummary inputs" : "SampleSummary or CovariateSummary inputs") + ", got "
                    + control.getClass().getSimpleName() + ".");
        }
        if (type == MetricType.BINARY) {
            requireBinary(outcome(control), "control");
            requireBinary(outcome(treatment), "treatment");
        }
    }

    static SampleSummary outcome(ArmSummary arm) {
        return arm instanceof CovariateSummary covariate ? covariate.outcome() : (SampleSummary) arm;
    }

    private static void requireBinary(SampleSummary arm, String name) {
        double conversions = arm.sum();
        if (conversions != Math.rint(conversions) || conversions < 0) {
            throw new InconsistentSumsException("the " + name + " arm of a binary metric has " + conversions
                    + " conversions; conversions must be a whole number of units.");
        }
        if (conversions > arm.n()) {
            throw new CountExceedsTotalException("the " + name + " arm has " + (long) conversions
                    + " conversions but only " + arm.n() + " units; a unit converts at most once in a binary "
                    + "metric. Check that the metric counts converting users, not events.");
        }
        if (arm.n() > 0) {
            double expected = conversions * ((arm.n() - conversions) / arm.n());
            double tolerance = BINARY_TOLERANCE * Math.max(expected, 1);
            if (Math.abs(arm.sumOfSquaredDeviations() - expected) > tolerance) {
                throw new InconsistentSumsException("the " + name + " arm's sums are not those of 0/1 values ("
                        + "squared deviations " + arm.sumOfSquaredDeviations() + ", expected " + expected
                        + "); use a MEAN metric for non-binary values.");
            }
        }
    }
}
