package com.splitbench.stats.power;

import com.splitbench.stats.InputChecks;
import com.splitbench.stats.InvalidParameterException;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.Sidedness;
import com.splitbench.stats.distribution.MonotoneRoot;
import com.splitbench.stats.distribution.StandardNormal;

/**
 * Power of the two-proportion z-test with equal arms, in the form R's {@code power.prop.test} (strict = FALSE)
 * solves: power = Phi((sqrt(n) |p2 - p1| - z_a sqrt(2 pbar (1 - pbar))) / sqrt(p1 (1 - p1) + p2 (1 - p2))) with
 * pbar = (p1 + p2) / 2 and z_a = z_(1 - alpha/2) two-sided. The null variance is the pooled one, matching the pooled
 * test statistic; the opposite tail (below alpha / 2 for any real design) is ignored, as in R's default. Hence
 * n = ((z_a sqrt(2 pbar (1 - pbar)) + z_b sqrt(p1 q1 + p2 q2)) / (p2 - p1))^2 per arm.
 */
public final class ProportionPower {

    private ProportionPower() {
    }

    /**
     * Units per arm to detect a change from {@code baselineRate} to {@code expectedRate}.
     *
     * @throws InvalidParameterException if a rate is outside (0, 1), the rates are equal, or alpha or power is
     *     outside (0, 1)
     */
    public static SampleSize sampleSizePerArm(double baselineRate, double expectedRate, double alpha, double power,
                                              Sidedness sidedness) {
        checkRates(baselineRate, expectedRate);
        double za = PowerInputs.criticalValue(alpha, sidedness);
        double zb = PowerInputs.powerQuantile(power);
        double pooled = 0.5 * (baselineRate + expectedRate);
        double numerator = za * Math.sqrt(2 * pooled * (1 - pooled))
                + zb * Math.sqrt(baselineRate * (1 - baselineRate) + expectedRate * (1 - expectedRate));
        double exact = square(numerator / (expectedRate - baselineRate));
        return new SampleSize((long) Math.ceil(exact), exact);
    }

    /**
     * The power with {@code nPerArm} units per arm.
     *
     * @throws InvalidParameterException if a rate is outside (0, 1), the rates are equal, n &lt; 1, or alpha is
     *     outside (0, 1)
     */
    public static double power(double baselineRate, double expectedRate, long nPerArm, double alpha,
                               Sidedness sidedness) {
        checkRates(baselineRate, expectedRate);
        if (nPerArm < 1) {
            throw new InvalidParameterException("units per arm must be at least 1; got " + nPerArm + ".");
        }
        return powerAt(baselineRate, expectedRate, nPerArm, PowerInputs.criticalValue(alpha, sidedness));
    }

    /**
     * The smallest upward change from the baseline detected with the given power and units per arm.
     *
     * @return the effect, or not computable when even a rate of 100% would not reach the power
     * @throws InvalidParameterException if the baseline, alpha or power is outside (0, 1), or n &lt; 1
     */
    public static Outcome<MinimumDetectableEffect> minimumDetectableEffect(double baselineRate, long nPerArm,
                                                                          double alpha, double power,
                                                                          Sidedness sidedness) {
        InputChecks.openUnitInterval(baselineRate, "baseline rate");
        if (nPerArm < 1) {
            throw new InvalidParameterException("units per arm must be at least 1; got " + nPerArm + ".");
        }
        double za = PowerInputs.criticalValue(alpha, sidedness);
        InputChecks.openUnitInterval(power, "power");
        double almostOne = Math.nextDown(1.0);
        if (powerAt(baselineRate, almostOne, nPerArm, za) < power) {
            return Outcome.notComputable(nPerArm + " units per arm cannot detect any lift from "
                    + baselineRate + " with power " + power + ".");
        }
        double rate = MonotoneRoot.solve(p -> powerAt(baselineRate, p, nPerArm, za) - power,
                p -> derivative(baselineRate, p, nPerArm, za), baselineRate, almostOne,
                0.5 * (baselineRate + almostOne));
        return Outcome.computed(new MinimumDetectableEffect(rate - baselineRate, (rate - baselineRate) / baselineRate));
    }

    private static double powerAt(double p1, double p2, double n, double za) {
        double pooled = 0.5 * (p1 + p2);
        double spread = Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        return StandardNormal.cdf((Math.sqrt(n) * Math.abs(p2 - p1) - za * Math.sqrt(2 * pooled * (1 - pooled)))
                / spread);
    }

    /** Central difference; Newton only needs its sign and rough size, the bracket does the rest. */
    private static double derivative(double p1, double p2, double n, double za) {
        double h = 1e-7 * Math.max(p2 - p1, 1e-12);
        double up = Math.min(Math.nextDown(1.0), p2 + h);
        double down = Math.max(p1, p2 - h);
        return (powerAt(p1, up, n, za) - powerAt(p1, down, n, za)) / (up - down);
    }

    private static void checkRates(double baselineRate, double expectedRate) {
        InputChecks.openUnitInterval(baselineRate, "baseline rate");
        InputChecks.openUnitInterval(expectedRate, "expected rate");
        if (baselineRate == expectedRate) {
            throw new InvalidParameterException("the expected rate equals the baseline; there is no effect to "
                    + "detect.");
        }
    }

    private static double square(double x) {
        return x * x;
    }
}
