package com.splitbench.stats.bayes;

import com.splitbench.stats.InputChecks;
import com.splitbench.stats.distribution.AdaptiveQuadrature;
import com.splitbench.stats.distribution.MonotoneRoot;

/**
 * The distribution function of a {@link BetaPosterior}, tabulated for the fast repeated evaluation that quadrature
 * over a second posterior needs.
 *
 * <p>The table splits the effective support (the mean +- 50 standard deviations, clipped to [0, 1]; the mass outside
 * is below 1e-300 for the near-normal posteriors of large counts and below 1e-20 for small ones) into 256 panels
 * and integrates the density over each with a 20-point Gauss-Legendre rule. The distribution function inside a
 * panel adds a 20-point rule over the partial panel, and is accumulated from whichever end is nearer, so both tails
 * keep relative precision. Direct evaluation of the incomplete beta costs about 250 microseconds at 10^8 units;
 * the table costs 2 microseconds per call after a 0.5 ms build.
 */
public final class BetaTable {

    private static final int PANELS = 256;
    private static final double SUPPORT_WIDTH_IN_SD = 50;

    private final BetaPosterior posterior;
    private final double low;
    private final double high;
    private final double panelWidth;
    private final double[] massBelow;
    private final double[] massAbove;
    private final double totalMass;

    BetaTable(BetaPosterior posterior) {
        this.posterior = posterior;
        double mean = posterior.mean();
        double sd = Math.sqrt(posterior.variance());
        this.low = Math.max(0, mean - SUPPORT_WIDTH_IN_SD * sd);
        this.high = Math.min(1, mean + SUPPORT_WIDTH_IN_SD * sd);
        this.panelWidth = (high - low) / PANELS;
        double[] panelMass = new double[PANELS];
        for (int k = 0; k < PANELS; k++) {
            panelMass[k] = gaussLegendre(edge(k), edge(k + 1));
        }
        this.massBelow = cumulative(panelMass, false);
        this.massAbove = cumulative(panelMass, true);
        // The table's total differs from 1 by the quadrature error and the clipped mass, both below 1e-14;
        // normalising by it makes the two tails sum to 1 exactly at every panel edge.
        this.totalMass = massBelow[PANELS];
        for (int k = 0; k <= PANELS; k++) {
            massBelow[k] /= totalMass;
            massAbove[k] /= totalMass;
        }
    }

    public BetaPosterior posterior() {
        return posterior;
    }

    /** Returns the density at x; 0 outside [0, 1]. */
    public double density(double x) {
        return x < 0 || x > 1 ? 0 : posterior.density(x);
    }

    /** Returns P(p &le; x). */
    public double cdf(double x) {
        return tails(x)[0];
    }

    /** Returns P(p &gt; x). */
    public double survival(double x) {
        return tails(x)[1];
    }

    /**
     * Returns x with P(p &le; x) = probability, for the equal-tailed credible interval.
     *
     * @throws com.splitbench.stats.InvalidParameterException unless 0 &lt; probability &lt; 1
     */
    public double quantile(double probability) {
        InputChecks.openUnitInterval(probability, "probability");
        return MonotoneRoot.solve(x -> cdf(x) - probability, this::density, low, high, posterior.mean());
    }

    /** The effective support's lower end, below which the mass is negligible. */
    public double supportLow() {
        return low;
    }

    /** The effective support's upper end. */
    public double supportHigh() {
        return high;
    }

    /** {P(p &le; x), P(p &gt; x)}, each accumulated from its own end. */
    private double[] tails(double x) {
        if (x <= low) {
            return new double[] {0, 1};
        }
        if (x >= high) {
            return new double[] {1, 0};
        }
        int k = Math.min(PANELS - 1, (int) ((x - low) / panelWidth));
        double start = edge(k);
        double end = edge(k + 1);
        if (massBelow[k] <= massAbove[k + 1]) {
            double below = massBelow[k] + gaussLegendre(start, x) / totalMass;
            return new double[] {below, 1 - below};
        }
        double above = massAbove[k + 1] + gaussLegendre(x, end) / totalMass;
        return new double[] {1 - above, above};
    }

    private double edge(int k) {
        return k == PANELS ? high : low + k * panelWidth;
    }

    private double gaussLegendre(double from, double to) {
        return AdaptiveQuadrature.fixedPanel(this::density, from, to);
    }

    private static double[] cumulative(double[] panelMass, boolean fromAbove) {
        double[] sums = new double[PANELS + 1];
        double sum = 0;
        double compensation = 0;
        for (int step = 0; step < PANELS; step++) {
            int k = fromAbove ? PANELS - 1 - step : step;
            double t = sum + panelMass[k];
            compensation += Math.abs(sum) >= Math.abs(panelMass[k])
                    ? (sum - t) + panelMass[k]
                    : (panelMass[k] - t) + sum;
            sum = t;
            // From below, sums[k + 1] is the mass under edge k + 1; from above, sums[k] is the mass over edge k.
            sums[fromAbove ? k : k + 1] = sum + compensation;
        }
        return sums;
    }
}
