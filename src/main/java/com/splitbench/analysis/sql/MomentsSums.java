package com.splitbench.analysis.sql;

import com.splitbench.analysis.model.Moments;
import java.sql.SQLException;
import java.util.List;

/**
 * The nine sums of {@link Moments} per metric as SQL select items over {@code vals}, and their reading back: for
 * metric M, SUM(inc_M), Σy, Σy², Σd, Σd², Σyd, Σx, Σx², Σxy.
 */
final class MomentsSums {

    private MomentsSums() {
    }

    /** {@code , SUM(inc_0), SUM(y_0), ...} for every metric. */
    static String selectItems(List<PlannedMetric> metrics) {
        StringBuilder sql = new StringBuilder();
        for (PlannedMetric m : metrics) {
            String y = m.y();
            String d = m.d();
            String x = m.x();
            sql.append(",\n    SUM(").append(m.included()).append("), SUM(").append(y).append("), SUM(").append(y)
                    .append(" * ").append(y).append("), SUM(").append(d).append("), SUM(").append(d).append(" * ")
                    .append(d).append("), SUM(").append(y).append(" * ").append(d).append("), SUM(").append(x)
                    .append("), SUM(").append(x).append(" * ").append(x).append("), SUM(").append(x).append(" * ")
                    .append(y).append(')');
        }
        return sql.toString();
    }

    /** Reads one metric's moments starting at {@code column}. */
    static Moments read(Rows rows, int column) throws SQLException {
        double[] values = new double[Moments.WIDTH];
        values[0] = rows.getLong(column);
        for (int i = 1; i < Moments.WIDTH; i++) {
            values[i] = rows.getDouble(column + i);
        }
        return Moments.fromArray(values, 0);
    }
}
