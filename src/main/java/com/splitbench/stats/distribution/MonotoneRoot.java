package com.splitbench.stats.distribution;

import java.util.function.DoubleUnaryOperator;

/**
 * Finds the root of a continuous monotone function on a bracket by Newton steps that fall back to bisection
 * whenever a step would leave the bracket. Quantiles are solved this way against our own accurate tail
 * functions, because commons-math3's inverse distributions stop at an absolute accuracy of 1e-9.
 */
public final class MonotoneRoot {

    private static final int MAX_ITERATIONS = 400;

    private MonotoneRoot() {
    }

    /**
     * Returns x in [low, high] with f(x) = 0 to about 1e-15 relative precision.
     *
     * @param function the function, with f(low) and f(high) of opposite signs (or one of them zero)
     * @param derivative its derivative, used for Newton steps; may return 0 or a non-finite value, in which case
     *                   the step bisects
     * @param low lower end of the bracket
     * @param high upper end of the bracket
     * @param start first guess, inside the bracket
     * @throws IllegalArgumentException if the bracket does not contain a sign change
     */
    public static double solve(DoubleUnaryOperator function, DoubleUnaryOperator derivative,
                               double low, double high, double start) {
        double fLow = function.applyAsDouble(low);
        double fHigh = function.applyAsDouble(high);
        if (fLow == 0) {
            return low;
        }
        if (fHigh == 0) {
            return high;
        }
        if (Math.signum(fLow) == Math.signum(fHigh)) {
            throw new IllegalArgumentException("no sign change on [" + low + ", " + high + "]");
        }
        boolean increasing = fLow < 0;
        double x = (start > low && start < high) ? start : 0.5 * (low + high);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double fx = function.applyAsDouble(x);
            if (fx == 0) {
                return x;
            }
            if ((fx < 0) == increasing) {
                low = x;
            } else {
                high = x;
            }
            double slope = derivative.applyAsDouble(x);
            double next = x - fx / slope;
            if (!(next > low && next < high)) {
                next = 0.5 * (low + high);
            }
            double tolerance = 1e-15 * Math.max(Math.abs(next), Double.MIN_NORMAL);
            if (Math.abs(next - x) <= tolerance || high - low <= tolerance) {
                return next;
            }
            x = next;
        }
        return x;
    }
}
