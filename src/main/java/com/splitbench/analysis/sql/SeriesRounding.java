package com.splitbench.analysis.sql;

import com.splitbench.analysis.model.Moments;

/**
 * Takes the rounding noise out of cumulative moments built by prefix-summing per-day deltas. Each delta is a database
 * SUM in an order the engine chooses, so a user's contribution added on one day and taken away on a later one need
 * not cancel exactly: a point can end up with Σy² = -1.4e-12 for users whose values are all 0, which no set of values
 * has, and which the statistics and the report format rightly refuse.
 *
 * <p>The noise is of the order of the double rounding of everything summed so far, the "churn" Σ|delta| of each sum.
 * A value within {@link #TOLERANCE} × churn of zero is zero, and a sum of squares (or cross products) short of the
 * nearest consistent value by no more than that is moved onto it. Anything larger is left for the checks downstream
 * to report: it is not rounding.
 */
final class SeriesRounding {

    /** About 10⁴ units in the last place of the churn: far above summation noise, far below any real signal. */
    static final double TOLERANCE = 1e-12;

    private static final int N = 0;
    private static final int Y = 1;
    private static final int Y2 = 2;
    private static final int D = 3;
    private static final int D2 = 4;
    private static final int YD = 5;
    private static final int X = 6;
    private static final int X2 = 7;
    private static final int XY = 8;

    private SeriesRounding() {
    }

    /**
     * @param running the cumulative sums, in {@link Moments#toArray()} order
     * @param churn the sum of the absolute deltas that built each of them
     */
    static Moments repair(double[] running, double[] churn) {
        double[] sums = running.clone();
        double[] tolerance = new double[Moments.WIDTH];
        for (int i = 1; i < Moments.WIDTH; i++) {
            tolerance[i] = TOLERANCE * churn[i];
            if (Math.abs(sums[i]) <= tolerance[i]) {
                sums[i] = 0;
            }
        }
        double n = sums[N];
        if (n >= 1) {
            square(sums, tolerance, Y, Y2, n);
            square(sums, tolerance, D, D2, n);
            square(sums, tolerance, X, X2, n);
            cross(sums, tolerance, Y, Y2, D, D2, YD, n);
            cross(sums, tolerance, Y, Y2, X, X2, XY, n);
        }
        return Moments.fromArray(sums, 0);
    }

    /** Σv² ≥ (Σv)² / n for any values: lifts a shortfall that is rounding. */
    private static void square(double[] sums, double[] tolerance, int sum, int squares, double n) {
        double least = sums[sum] * (sums[sum] / n);
        double shortfall = least - sums[squares];
        if (shortfall > 0 && shortfall <= tolerance[squares] + 2 * Math.abs(sums[sum]) * tolerance[sum] / n) {
            sums[squares] = least;
        }
    }

    /** |Σab − ΣaΣb/n| ≤ √(dev a · dev b) (Cauchy-Schwarz): pulls back an excess that is rounding. */
    private static void cross(double[] sums, double[] tolerance, int a, int a2, int b, int b2, int products,
            double n) {
        double centre = sums[a] * (sums[b] / n);
        double deviationA = Math.max(0, sums[a2] - sums[a] * (sums[a] / n));
        double deviationB = Math.max(0, sums[b2] - sums[b] * (sums[b] / n));
        double bound = Math.sqrt(deviationA) * Math.sqrt(deviationB);
        double cross = sums[products] - centre;
        double excess = Math.abs(cross) - bound;
        double allowed = tolerance[products] + (Math.abs(sums[a]) * tolerance[b] + Math.abs(sums[b]) * tolerance[a])
                / n;
        if (excess > 0 && excess <= allowed) {
            sums[products] = centre + Math.copySign(bound, cross);
        }
    }
}
