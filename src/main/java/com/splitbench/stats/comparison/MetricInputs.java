package com.splitbench.stats.comparison;

import com.splitbench.stats.InvalidParameterException;
import com.splitbench.stats.inference.TwoProportionZTest;
import com.splitbench.stats.summary.ArmSummary;
import com.splitbench.stats.summary.CovariateSummary;
import com.splitbench.stats.summary.RatioSummary;
import com.splitbench.stats.summary.SampleSummary;

/** Checks that the inputs fit the metric type and each other. */
final class MetricInputs {

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
            TwoProportionZTest.requireBinary(outcome(control), "control");
            TwoProportionZTest.requireBinary(outcome(treatment), "treatment");
        }
    }

    static SampleSummary outcome(ArmSummary arm) {
        return arm instanceof CovariateSummary covariate ? covariate.outcome() : (SampleSummary) arm;
    }
}
