package com.splitbench.stats.distribution;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Adaptive 20-point Gauss-Legendre quadrature: a panel is accepted when it agrees with the sum of its two halves to
 * the requested relative tolerance, otherwise both halves are refined. Meant for smooth integrands such as
 * densities; the nodes come from commons-math3's Legendre rule (double precision; its BigDecimal variant costs a
 * second at start-up for no measurable gain).
 */
public final class AdaptiveQuadrature {

    private static final int NODES = 20;
    private static final int MAX_DEPTH = 60;
    private static final double[] POINTS = new double[NODES];
    private static final double[] WEIGHTS = new double[NODES];

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(NODES);
        for (int i = 0; i < NODES; i++) {
            POINTS[i] = rule.getPoint(i);
            WEIGHTS[i] = rule.getWeight(i);
        }
    }

    private AdaptiveQuadrature() {
    }

    /**
     * Returns the integral of f over [low, high], refining until each panel agrees with its halves to
     * {@code relativeTolerance} times the running total (plus {@code absoluteTolerance}).
     *
     * @throws IllegalArgumentException if the bounds are not finite or low &gt; high
     */
    public static double integrate(DoubleUnaryOperator f, double low, double high, int initialPanels,
                                   double relativeTolerance, double absoluteTolerance) {
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            throw new IllegalArgumentException("bounds must be finite and ordered: [" + low + ", " + high + "]");
        }
        if (low == high) {
            return 0;
        }
        double width = (high - low) / initialPanels;
        double[] panels = new double[initialPanels];
        double total = 0;
        for (int i = 0; i < initialPanels; i++) {
            panels[i] = panel(f, low + i * width, i == initialPanels - 1 ? high : low + (i + 1) * width);
            total += panels[i];
        }
        double sum = 0;
        for (int i = 0; i < initialPanels; i++) {
            double a = low + i * width;
            double b = i == initialPanels - 1 ? high : low + (i + 1) * width;
            sum += refine(f, a, b, panels[i], Math.abs(total), relativeTolerance, absoluteTolerance, 0);
        }
        return sum;
    }

    private static double refine(DoubleUnaryOperator f, double a, double b, double whole, double scale,
                                 double relativeTolerance, double absoluteTolerance, int depth) {
        double middle = 0.5 * (a + b);
        double left = panel(f, a, middle);
        double right = panel(f, middle, b);
        double halves = left + right;
        if (depth >= MAX_DEPTH || Math.abs(halves - whole) <= relativeTolerance * scale + absoluteTolerance) {
            return halves;
        }
        return refine(f, a, middle, left, scale, relativeTolerance, absoluteTolerance, depth + 1)
                + refine(f, middle, b, right, scale, relativeTolerance, absoluteTolerance, depth + 1);
    }

    /** Returns the 20-point Gauss-Legendre approximation of the integral of f over [a, b], without refinement. */
    public static double fixedPanel(DoubleUnaryOperator f, double a, double b) {
        return panel(f, a, b);
    }

    private static double panel(DoubleUnaryOperator f, double a, double b) {
        double half = 0.5 * (b - a);
        double center = 0.5 * (a + b);
        double sum = 0;
        for (int i = 0; i < NODES; i++) {
            sum += WEIGHTS[i] * f.applyAsDouble(center + half * POINTS[i]);
        }
        return sum * half;
    }
}
