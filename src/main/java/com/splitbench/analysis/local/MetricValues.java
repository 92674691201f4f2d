package com.splitbench.analysis.local;

/**
 * Turns a metric's running raw aggregates into per-user values: ANY becomes 0/1, and the cap applies to the
 * metric value (the numerator of a ratio) and to the CUPED covariate alike.
 */
final class MetricValues {

    private final MetricProgram program;
    private final double cap;
    private final double[] covariate;

    /**
     * @param cap the cap, or +∞ for none
     * @param rawCovariate per-user raw pre-exposure aggregates, or null without CUPED
     */
    MetricValues(MetricProgram program, double cap, double[] rawCovariate) {
        this.program = program;
        this.cap = cap;
        if (rawCovariate == null) {
            this.covariate = null;
        } else {
            this.covariate = new double[rawCovariate.length];
            for (int u = 0; u < rawCovariate.length; u++) {
                covariate[u] = y(rawCovariate[u]);
            }
        }
    }

    double y(double rawNumerator) {
        return Math.min(program.numerator.finish(rawNumerator), cap);
    }

    double d(double rawDenominator) {
        return program.denominator.finish(rawDenominator);
    }

    /** The user's covariate, or 0 without CUPED. */
    double covariate(int user) {
        return covariate == null ? 0 : covariate[user];
    }

    boolean hasCovariate() {
        return covariate != null;
    }

    double cap() {
        return cap;
    }
}
