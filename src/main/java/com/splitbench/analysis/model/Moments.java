package com.splitbench.analysis.model;

/**
 * Sufficient statistics of one metric over a group of users (one variant, or one variant within a segment or up
 * to a day). Everything a comparison needs, and nothing user-level, so that reports can carry them.
 *
 * <p>{@code y} is the per-user metric value (the numerator of a ratio metric), {@code d} the per-user denominator
 * of a ratio metric (zero for other metrics) and {@code x} the per-user CUPED covariate (zero when there is none).
 *
 * @param n users
 * @param sumY Σy
 * @param sumY2 Σy²
 * @param sumD Σd
 * @param sumD2 Σd²
 * @param sumYD Σyd
 * @param sumX Σx
 * @param sumX2 Σx²
 * @param sumXY Σxy
 */
public record Moments(long n, double sumY, double sumY2, double sumD, double sumD2, double sumYD, double sumX,
        double sumX2, double sumXY) {

    public static final Moments EMPTY = new Moments(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Number of values in {@link #toArray()}. */
    public static final int WIDTH = 9;

    public Moments {
        if (n < 0) {
            throw new IllegalArgumentException("A user count cannot be negative: " + n);
        }
    }

    public Moments plus(Moments other) {
        return new Moments(n + other.n, sumY + other.sumY, sumY2 + other.sumY2, sumD + other.sumD,
                sumD2 + other.sumD2, sumYD + other.sumYD, sumX + other.sumX, sumX2 + other.sumX2,
                sumXY + other.sumXY);
    }

    /** The mean of y per user, or NaN for no users. */
    public double meanY() {
        return n == 0 ? Double.NaN : sumY / n;
    }

    /** Σy / Σd, the value of a ratio metric, or NaN when Σd is 0. */
    public double ratio() {
        return sumD == 0 ? Double.NaN : sumY / sumD;
    }

    public double[] toArray() {
        return new double[] {n, sumY, sumY2, sumD, sumD2, sumYD, sumX, sumX2, sumXY};
    }

    /** Reads {@link #WIDTH} values from {@code values} at {@code offset}, in {@link #toArray()} order. */
    public static Moments fromArray(double[] values, int offset) {
        return new Moments((long) values[offset], values[offset + 1], values[offset + 2], values[offset + 3],
                values[offset + 4], values[offset + 5], values[offset + 6], values[offset + 7], values[offset + 8]);
    }
}
