package com.splitbench.stats.capping;

import com.splitbench.stats.InputChecks;
import com.splitbench.stats.InvalidParameterException;

/**
 * Caps per-unit values at percentiles of the pooled values of all arms (winsorising), with the R-7 percentile.
 * Pooling keeps one threshold per metric, so capping cannot itself create a difference between arms.
 *
 * @param lowerCap values below are raised to it ({@code -Infinity} for no lower cap)
 * @param upperCap values above are lowered to it
 */
public record Winsorizer(double lowerCap, double upperCap) {

    /**
     * @throws InvalidParameterException if lowerCap &gt; upperCap or a cap is NaN
     */
    public Winsorizer {
        if (Double.isNaN(lowerCap) || Double.isNaN(upperCap) || lowerCap > upperCap) {
            throw new InvalidParameterException("caps must be ordered numbers: [" + lowerCap + ", " + upperCap + "].");
        }
    }

    /**
     * Caps above at the upper percentile of the pooled values, e.g. 0.99.
     *
     * @throws InvalidParameterException if values is empty or the percentile is outside [0, 1]
     * @throws com.splitbench.stats.NonFiniteInputException if a value is NaN or infinite
     */
    public static Winsorizer upper(double[] pooledValues, double upperPercentile) {
        return new Winsorizer(Double.NEGATIVE_INFINITY, Percentiles.r7(pooledValues, upperPercentile));
    }

    /**
     * Caps at both ends, e.g. 0.01 and 0.99.
     *
     * @throws InvalidParameterException if values is empty, a percentile is outside [0, 1] or lower &gt; upper
     * @throws com.splitbench.stats.NonFiniteInputException if a value is NaN or infinite
     */
    public static Winsorizer both(double[] pooledValues, double lowerPercentile, double upperPercentile) {
        if (lowerPercentile > upperPercentile) {
            throw new InvalidParameterException("lower percentile " + lowerPercentile + " exceeds upper "
                    + upperPercentile + ".");
        }
        return new Winsorizer(Percentiles.r7(pooledValues, lowerPercentile),
                Percentiles.r7(pooledValues, upperPercentile));
    }

    /**
     * Returns the value clamped to [lowerCap, upperCap].
     *
     * @throws com.splitbench.stats.NonFiniteInputException if the value is NaN
     */
    public double cap(double value) {
        if (Double.isNaN(value)) {
            InputChecks.finite(value, "value");
        }
        return Math.min(upperCap, Math.max(lowerCap, value));
    }

    /** Returns a capped copy of the values. */
    public double[] capAll(double[] values) {
        double[] capped = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            capped[i] = cap(values[i]);
        }
        return capped;
    }
}
