package com.splitbench.stats.summary;

import com.splitbench.stats.InconsistentSumsException;
import com.splitbench.stats.InputChecks;

/**
 * The centred second moments of two per-unit quantities (first, second): sums of squared deviations of each and the
 * sum of products of their deviations. Shared by {@link RatioSummary} and {@link CovariateSummary}.
 */
record PairedMoments(double firstSquaredDeviations, double secondSquaredDeviations, double crossDeviations) {

    /** Relative slack for the Cauchy-Schwarz check, far above rounding and far below any real violation. */
    private static final double CAUCHY_SCHWARZ_SLACK = 1e-9;

    /** From raw sums with compensated arithmetic; deviations within rounding of zero are set to zero. */
    static PairedMoments fromSums(long n, double sumFirst, double sumFirstSquares, double sumSecond,
                                  double sumSecondSquares, double sumProducts, String firstName, String secondName) {
        InputChecks.finite(sumFirstSquares, "sum of squares of the " + firstName);
        InputChecks.finite(sumSecondSquares, "sum of squares of the " + secondName);
        InputChecks.finite(sumProducts, "sum of products of " + firstName + " and " + secondName);
        if (n <= 1) {
            return new PairedMoments(0, 0, 0);
        }
        double first = squaredDeviations(n, sumFirst, sumFirstSquares, firstName);
        double second = squaredDeviations(n, sumSecond, sumSecondSquares, secondName);
        double cross = CompensatedMoments.centredCrossProduct(n, sumFirst, sumSecond, sumProducts);
        double slack = CompensatedMoments.slack(sumProducts, sumFirst * (sumSecond / n));
        return new PairedMoments(first, second, clampCross(cross, first, second, slack));
    }

    /** From per-unit values by the corrected two-pass algorithm. */
    static PairedMoments ofValues(double[] first, double[] second) {
        if (first.length <= 1) {
            return new PairedMoments(0, 0, 0);
        }
        double meanFirst = CompensatedMoments.sum(first) / first.length;
        double meanSecond = CompensatedMoments.sum(second) / second.length;
        double a = Math.max(0, CompensatedMoments.centredProducts(first, meanFirst, first, meanFirst));
        double b = Math.max(0, CompensatedMoments.centredProducts(second, meanSecond, second, meanSecond));
        double cross = CompensatedMoments.centredProducts(first, meanFirst, second, meanSecond);
        // Real values satisfy Cauchy-Schwarz exactly, so any excess here is rounding.
        return new PairedMoments(a, b, clampCross(cross, a, b, Double.POSITIVE_INFINITY));
    }

    /**
     * Checks the invariants of a canonical summary.
     *
     * @throws com.splitbench.stats.NonFiniteInputException if a value is not finite
     * @throws InconsistentSumsException if deviations are negative, non-zero for n &le; 1, or the cross moment
     *     exceeds the Cauchy-Schwarz bound
     */
    static void validate(long n, double firstDeviations, double secondDeviations, double crossDeviations) {
        InputChecks.finite(firstDeviations, "sum of squared deviations");
        InputChecks.finite(secondDeviations, "sum of squared deviations");
        InputChecks.finite(crossDeviations, "sum of cross deviations");
        if (firstDeviations < 0 || secondDeviations < 0) {
            throw new InconsistentSumsException("a sum of squared deviations is negative ("
                    + Math.min(firstDeviations, secondDeviations) + "); the sums do not come from one set of values.");
        }
        if (n <= 1 && (firstDeviations != 0 || secondDeviations != 0 || crossDeviations != 0)) {
            throw new InconsistentSumsException("an arm with " + n + " unit(s) cannot have deviations.");
        }
        double bound = Math.sqrt(firstDeviations) * Math.sqrt(secondDeviations);
        if (Math.abs(crossDeviations) > bound * (1 + CAUCHY_SCHWARZ_SLACK)) {
            throw new InconsistentSumsException("the cross moment " + crossDeviations + " exceeds the bound "
                    + bound + " that any data satisfy (Cauchy-Schwarz); the sums do not come from one set of units.");
        }
    }

    private static double squaredDeviations(long n, double sum, double sumOfSquares, String name) {
        double deviations = CompensatedMoments.centredCrossProduct(n, sum, sum, sumOfSquares);
        if (deviations < -CompensatedMoments.slack(sumOfSquares, sum * (sum / n))) {
            throw new InconsistentSumsException("sum of squares of the " + name + " (" + sumOfSquares
                    + ") is below (sum)^2 / n; no set of values has these sums.");
        }
        return Math.max(0, deviations);
    }

    /**
     * Rounding can push a perfectly correlated cross moment a hair past the bound; pull it back if the excess is
     * within the relative slack or the absolute rounding slack of the sums.
     */
    private static double clampCross(double cross, double first, double second, double absoluteSlack) {
        double bound = Math.sqrt(first) * Math.sqrt(second);
        if (Math.abs(cross) > bound && Math.abs(cross) <= bound * (1 + CAUCHY_SCHWARZ_SLACK) + absoluteSlack) {
            return Math.copySign(bound, cross);
        }
        return cross;
    }
}
