package com.splitbench.stats.power;

import com.splitbench.stats.InputChecks;
import com.splitbench.stats.InvalidParameterException;
import com.splitbench.stats.Sidedness;
import com.splitbench.stats.distribution.StandardNormal;

/**
 * Power of the two-sample test of means with equal arms and a common standard deviation sigma, in the normal
 * approximation used for A/B tests (the t correction is below 1% of n beyond 50 units per arm):
 * n = 2 sigma^2 (z_a + z_b)^2 / delta^2 per arm, power = Phi(|delta| / (sigma sqrt(2 / n)) - z_a),
 * MDE = (z_a + z_b) sigma sqrt(2 / n).
 */
public final class MeanPower {

    private MeanPower() {
    }

    /**
     * Units per arm to detect an absolute change {@code effect}.
     *
     * @throws InvalidParameterException if sigma or |effect| is not positive, or alpha or power is outside (0, 1)
     */
    public static SampleSize sampleSizePerArm(double standardDeviation, double effect, double alpha, double power,
                                              Sidedness sidedness) {
        InputChecks.positive(standardDeviation, "standard deviation");
        InputChecks.positive(Math.abs(effect), "effect");
        double z = PowerInputs.criticalValue(alpha, sidedness) + PowerInputs.powerQuantile(power);
        double exact = 2 * square(standardDeviation * z / effect);
        return new SampleSize((long) Math.ceil(exact), exact);
    }

    /**
     * The power with {@code nPerArm} units per arm.
     *
     * @throws InvalidParameterException if sigma or |effect| is not positive, n &lt; 1 or alpha is outside (0, 1)
     */
    public static double power(double standardDeviation, double effect, long nPerArm, double alpha,
                               Sidedness sidedness) {
        InputChecks.positive(standardDeviation, "standard deviation");
        InputChecks.positive(Math.abs(effect), "effect");
        if (nPerArm < 1) {
            throw new InvalidParameterException("units per arm must be at least 1; got " + nPerArm + ".");
        }
        double standardError = standardDeviation * Math.sqrt(2.0 / nPerArm);
        return StandardNormal.cdf(Math.abs(effect) / standardError - PowerInputs.criticalValue(alpha, sidedness));
    }

    /**
     * The smallest absolute effect detected with the given power; {@code relative} divides it by |baselineMean|.
     *
     * @throws InvalidParameterException if sigma or the baseline is not positive and finite, n &lt; 1, or alpha
     *     or power is outside (0, 1)
     */
    public static MinimumDetectableEffect minimumDetectableEffect(double standardDeviation, double baselineMean,
                                                                  long nPerArm, double alpha, double power,
                                                                  Sidedness sidedness) {
        InputChecks.positive(standardDeviation, "standard deviation");
        InputChecks.positive(Math.abs(baselineMean), "baseline mean");
        if (nPerArm < 1) {
            throw new InvalidParameterException("units per arm must be at least 1; got " + nPerArm + ".");
        }
        double z = PowerInputs.criticalValue(alpha, sidedness) + PowerInputs.powerQuantile(power);
        double absolute = z * standardDeviation * Math.sqrt(2.0 / nPerArm);
        return new MinimumDetectableEffect(absolute, absolute / Math.abs(baselineMean));
    }

    private static double square(double x) {
        return x * x;
    }
}
