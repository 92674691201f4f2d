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
 *
 * <p>When both rates are above one half the integrals run over the failure rates q = 1 - p ~ Beta(beta, alpha)
 * instead: near 100% conversion, 1 - x formed from x would keep only eight digits of q. Then
 * P(pT - pC &le; d) = integral of f_qC(s) P(qT &ge; s - d) ds and P(pT / pC - 1 &le; r) = integral of
 * f_qC(s) P(qT &ge; (1 + r) s - r) ds.
 */
final class PosteriorContrast {

    /** Relative tolerance of the quadrature; far below the digits shown and the chance-to-beat agreement. */
    private static final double TOLERANCE = 1e-11;

    private final BetaPosterior controlRate;
    private final BetaPosterior treatmentRate;
    private final boolean failures;
    private final BetaTable control;
    private final BetaTable treatment;

    PosteriorContrast(BetaPosterior control, BetaPosterior treatment) {
        this.controlRate = control;
        this.treatmentRate = treatment;
        this.failures = control.mean() > 0.5 && treatment.mean() > 0.5;
        this.control = (failures ? new BetaPosterior(control.beta(), control.alpha()) : control).table();
        this.treatment = (failures ? new BetaPosterior(treatment.beta(), treatment.alpha()) : treatment).table();
    }

    /** Returns d with P(pT - pC &le; d) = probability. */
    double differenceQuantile(double probability) {
        double mean = treatmentRate.mean() - controlRate.mean();
        double sd = Math.sqrt(treatmentRate.variance() + controlRate.variance());
        double start = mean + StandardNormal.upperQuantile(1 - probability) * sd;
        if (failures) {
            return solve(d -> integrate(s -> treatment.survival(s - d), breaks(d, 1)) - probability,
                    d -> integrate(s -> treatment.density(s - d), breaks(d, 1)), -1, 1, start, sd);
        }
        return solve(d -> integrate(x -> treatment.cdf(x + d), breaks(-d, 1)) - probability,
                d -> integrate(x -> treatment.density(x + d), breaks(-d, 1)), -1, 1, start, sd);
    }

    /** Returns r with P(pT / pC - 1 &le; r) = probability. */
    double relativeQuantile(double probability) {
        double meanC = controlRate.mean();
        double meanT = treatmentRate.mean();
        double sd = Math.sqrt(treatmentRate.variance() + controlRate.variance() * square(meanT / meanC)) / meanC;
        double start = meanT / meanC - 1 + StandardNormal.upperQuantile(1 - probability) * sd;
        if (failures) {
            // pT <= (1 + r) pC  <=>  qT >= (1 + r) qC - r; the ratio is at most 1 / pC's lower end.
            double upper = Math.max(1, 1 / Math.max(1 - control.supportHigh(), Double.MIN_NORMAL));
            return solve(r -> integrate(s -> treatment.survival(Math.fma(1 + r, s, -r)), breaks(r, 1 + r))
                            - probability,
                    r -> integrate(s -> (1 - s) * treatment.density(Math.fma(1 + r, s, -r)), breaks(r, 1 + r)),
                    -1, Math.min(upper, 1e12), start, sd);
        }
        double upper = Math.max(1, treatment.supportHigh() / Math.max(control.supportLow(), Double.MIN_NORMAL));
        return solve(r -> integrate(x -> treatment.cdf((1 + r) * x), breaks(0, 1 + r)) - probability,
                r -> integrate(x -> x * treatment.density((1 + r) * x), breaks(0, 1 + r)),
                -1, Math.min(upper, 1e12), start, sd);
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

    /**
     * The control points x = (edge + offset) / slope at which the treatment's argument slope x - offset crosses an
     * edge of the treatment's support: the integrand has a kink there, so each side is integrated separately.
     */
    private double[] breaks(double offset, double slope) {
        return new double[] {(treatment.supportLow() + offset) / slope, (treatment.supportHigh() + offset) / slope};
    }

    private double integrate(DoubleUnaryOperator timesDensity, double[] breaks) {
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
