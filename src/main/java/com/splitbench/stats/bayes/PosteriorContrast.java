package com.splitbench.stats.bayes;

import com.splitbench.stats.distribution.AdaptiveQuadrature;
import com.splitbench.stats.distribution.MonotoneRoot;
import com.splitbench.stats.distribution.StandardNormal;
import java.util.function.DoubleUnaryOperator;

/**
 * Quantiles of pT - pC and pT / pC - 1 for independent Beta posteriors, by quadrature over the control posterior
 * and Newton's method on the resulting distribution function. No normal approximation: at small counts the
 * posteriors are skewed and a symmetric interval would disagree with the exact chance to beat.
 *
 * <p>P(pT - pC &le; d) = integral of f_C(x) F_T(x + d) dx and P(pT / pC - 1 &le; r) = integral of
 * f_C(x) F_T((1 + r) x) dx; their derivatives are the same integrals with the density f_T (times x for the ratio).
 */
final class PosteriorContrast {

    /** Relative tolerance of the quadrature; far below the digits shown and the chance-to-beat agreement. */
    private static final double TOLERANCE = 1e-11;

    private final BetaTable control;
    private final BetaTable treatment;

    PosteriorContrast(BetaTable control, BetaTable treatment) {
        this.control = control;
        this.treatment = treatment;
    }

    /** Returns d with P(pT - pC &le; d) = probability. */
    double differenceQuantile(double probability) {
        double mean = treatment.posterior().mean() - control.posterior().mean();
        double sd = Math.sqrt(treatment.posterior().variance() + control.posterior().variance());
        return solve(d -> integrateOverControl(x -> treatment.cdf(x + d), differenceBreaks(d)) - probability,
                d -> integrateOverControl(x -> treatment.density(x + d), differenceBreaks(d)),
                -1, 1, mean + StandardNormal.upperQuantile(1 - probability) * sd, sd);
    }

    /** Returns r with P(pT / pC - 1 &le; r) = probability. */
    double relativeQuantile(double probability) {
        double meanC = control.posterior().mean();
        double meanT = treatment.posterior().mean();
        double sd = Math.sqrt(treatment.posterior().variance() + control.posterior().variance() * square(meanT / meanC))
                / meanC;
        double upper = Math.min(1e12, Math.max(1, treatment.supportHigh()
                / Math.max(control.supportLow(), Double.MIN_NORMAL)));
        return solve(r -> integrateOverControl(x -> treatment.cdf((1 + r) * x), ratioBreaks(r)) - probability,
                r -> integrateOverControl(x -> x * treatment.density((1 + r) * x), ratioBreaks(r)),
                -1, upper, meanT / meanC - 1 + StandardNormal.upperQuantile(1 - probability) * sd, sd);
    }

    /**
     * Newton from the normal approximation, inside a bracket found by stepping out from it in multiples of the
     * approximate standard deviation.
     */
    private static double solve(DoubleUnaryOperator function, DoubleUnaryOperator derivative, double low,
                                double high, double start, double scale) {
        start = Math.min(Math.max(start, low), high);
        double step = Math.max(scale, Double.MIN_NORMAL);
        double a = Math.max(low, start - step);
        while (a > low && function.applyAsDouble(a) > 0) {
            step *= 4;
            a = Math.max(low, start - step);
        }
        step = Math.max(scale, Double.MIN_NORMAL);
        double b = Math.min(high, start + step);
        while (b < high && function.applyAsDouble(b) < 0) {
            step *= 4;
            b = Math.min(high, start + step);
        }
        return MonotoneRoot.solve(function, derivative, a, b, Math.min(Math.max(start, a), b));
    }

    /** Where x + d leaves the treatment's support, F_T(x + d) has a kink; integrate on either side of it. */
    private double[] differenceBreaks(double d) {
        return new double[] {treatment.supportLow() - d, treatment.supportHigh() - d};
    }

    private double[] ratioBreaks(double r) {
        return new double[] {treatment.supportLow() / (1 + r), treatment.supportHigh() / (1 + r)};
    }

    private double integrateOverControl(DoubleUnaryOperator timesDensity, double[] breaks) {
        double low = control.supportLow();
        double high = control.supportHigh();
        double[] points = {low, clampTo(breaks[0], low, high), clampTo(breaks[1], low, high), high};
        java.util.Arrays.sort(points);
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            if (points[i + 1] > points[i]) {
                sum += AdaptiveQuadrature.integrate(x -> control.density(x) * timesDensity.applyAsDouble(x),
                        points[i], points[i + 1], 4, TOLERANCE, 0);
            }
        }
        return sum;
    }

    private static double clampTo(double x, double low, double high) {
        return Math.min(high, Math.max(low, x));
    }

    private static double square(double x) {
        return x * x;
    }

}
