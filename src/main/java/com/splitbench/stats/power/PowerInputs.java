package com.splitbench.stats.power;

import com.splitbench.stats.InputChecks;
import com.splitbench.stats.Sidedness;
import com.splitbench.stats.distribution.StandardNormal;

/** The quantiles shared by the power calculations, with their precondition checks. */
final class PowerInputs {

    private PowerInputs() {
    }

    /** z_(1 - alpha/2) for two-sided tests, z_(1 - alpha) otherwise. */
    static double criticalValue(double alpha, Sidedness sidedness) {
        InputChecks.openUnitInterval(alpha, "significance level alpha");
        return StandardNormal.upperQuantile(sidedness == Sidedness.TWO_SIDED ? alpha / 2 : alpha);
    }

    /** z_power. */
    static double powerQuantile(double power) {
        InputChecks.openUnitInterval(power, "power");
        return StandardNormal.upperQuantile(1 - power);
    }
}
