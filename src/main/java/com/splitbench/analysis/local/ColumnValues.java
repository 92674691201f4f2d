package com.splitbench.analysis.local;

/**
 * Per-user values of a column metric, read through the user's unit. A user with a missing value (or a missing
 * denominator or covariate) is left out of that metric, not counted as zero.
 */
final class ColumnValues implements SegmentMoments.UserValues {

    private final ExposureIndex index;
    private final double[] y;
    private final double[] d;
    private final double[] x;
    private final double cap;

    ColumnValues(ExposureIndex index, double[] y, double[] d, double[] x, double cap) {
        this.index = index;
        this.y = y;
        this.d = d;
        this.x = x;
        this.cap = cap;
    }

    boolean isComplete(int user) {
        int unit = index.unit(user);
        return !Double.isNaN(y[unit]) && (d == null || !Double.isNaN(d[unit])) && (x == null || !Double.isNaN(x[unit]));
    }

    @Override
    public double y(int user) {
        return Math.min(y[index.unit(user)], cap);
    }

    @Override
    public double d(int user) {
        return d == null ? 0 : d[index.unit(user)];
    }

    @Override
    public double x(int user) {
        return x == null ? 0 : Math.min(x[index.unit(user)], cap);
    }

    /** The same values, restricted to users with complete values, for segment moments. */
    SegmentMoments.UserValues completeOnly() {
        return new SegmentMoments.UserValues() {
            @Override
            public double y(int user) {
                return ColumnValues.this.y(user);
            }

            @Override
            public double d(int user) {
                return ColumnValues.this.d(user);
            }

            @Override
            public double x(int user) {
                return ColumnValues.this.x(user);
            }

            @Override
            public boolean includes(int user) {
                return isComplete(user);
            }
        };
    }
}
