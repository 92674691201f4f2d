package com.splitbench.analysis.model;

/**
 * A mutable block of {@link Moments}, one per variant, stored flat in a double array so that hot loops add to it
 * without allocating. Not thread-safe; each scan thread owns its own.
 */
public final class MomentsTable {

    private final int variants;
    private final double[] values;

    public MomentsTable(int variants) {
        this.variants = variants;
        this.values = new double[variants * Moments.WIDTH];
    }

    public int variants() {
        return variants;
    }

    /** Adds one user with metric value y, denominator d and covariate x to variant v. */
    public void addUser(int v, double y, double d, double x) {
        int o = v * Moments.WIDTH;
        values[o] += 1;
        addValues(o, 1, y, d, x);
    }

    /**
     * Adds the change in one user's contribution, from (y0, d0) to (y1, d1) with a fixed covariate x, to variant
     * v, without changing the user count. Cumulative time series are built from these deltas.
     */
    public void addChange(int v, double y0, double d0, double y1, double d1, double x) {
        int o = v * Moments.WIDTH;
        values[o + 1] += y1 - y0;
        values[o + 2] += y1 * y1 - y0 * y0;
        values[o + 3] += d1 - d0;
        values[o + 4] += d1 * d1 - d0 * d0;
        values[o + 5] += y1 * d1 - y0 * d0;
        values[o + 8] += x * (y1 - y0);
    }

    /** Adds (sign = +1) or removes (sign = -1) one whole user's contribution. */
    public void addUserSigned(int v, int sign, double y, double d, double x) {
        int o = v * Moments.WIDTH;
        values[o] += sign;
        addValues(o, sign, y, d, x);
    }

    private void addValues(int o, int sign, double y, double d, double x) {
        values[o + 1] += sign * y;
        values[o + 2] += sign * y * y;
        values[o + 3] += sign * d;
        values[o + 4] += sign * d * d;
        values[o + 5] += sign * y * d;
        values[o + 6] += sign * x;
        values[o + 7] += sign * x * x;
        values[o + 8] += sign * x * y;
    }

    public void addAll(MomentsTable other) {
        for (int i = 0; i < values.length; i++) {
            values[i] += other.values[i];
        }
    }

    public Moments get(int v) {
        return Moments.fromArray(values, v * Moments.WIDTH);
    }

    public Moments[] toArray() {
        Moments[] result = new Moments[variants];
        for (int v = 0; v < variants; v++) {
            result[v] = get(v);
        }
        return result;
    }

    public MomentsTable copy() {
        MomentsTable copy = new MomentsTable(variants);
        System.arraycopy(values, 0, copy.values, 0, values.length);
        return copy;
    }
}
