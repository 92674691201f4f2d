package com.splitbench.analysis.sql;

import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.model.SeriesPoint;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The per-day, per-variant moment changes of one cumulative series, prefix-summed into cumulative points without the
 * rounding noise of the sums ({@link SeriesRounding}), one list per event metric. {@link #read} builds both series
 * from the rows of a {@link SeriesQuery}.
 */
final class SeriesDeltas {

    /** The calendar series and the days-since-exposure series of one statement. */
    record Both(SeriesDeltas calendar, SeriesDeltas sinceExposure) {
    }

    /** deltas.get(day)[variant][metric * 9 + i] */
    private final Map<Integer, double[][]> deltas = new HashMap<>();
    private final int metrics;
    private final int variants;
    private int maxDay = -1;

    private SeriesDeltas(int metrics, int variants) {
        this.metrics = metrics;
        this.variants = variants;
    }

    /**
     * Reads the rows of {@link SeriesQuery}: entries and changes by calendar day into the calendar series; for days
     * since exposure, changes at their day, and users entering at 0 and leaving at K, taking back what they
     * brought and every change they made before K.
     */
    static Both read(Rows rows, int metrics, List<String> variants) throws SQLException {
        SeriesDeltas calendar = new SeriesDeltas(metrics, variants.size());
        SeriesDeltas since = new SeriesDeltas(metrics, variants.size());
        double[] values = new double[metrics * Moments.WIDTH];
        while (rows.next()) {
            int kind = (int) rows.getLong(1);
            int day = (int) rows.getLong(2);
            int variant = variants.indexOf(rows.getString(3));
            for (int i = 0; i < values.length; i++) {
                values[i] = rows.getDouble(4 + i);
            }
            switch (kind) {
                case SeriesQuery.CALENDAR_ENTRIES, SeriesQuery.CALENDAR_CHANGES -> calendar.add(day, variant, values, 1);
                case SeriesQuery.SINCE_ENTRIES -> {
                    since.add(0, variant, values, 1);
                    since.add(day, variant, values, -1);
                }
                case SeriesQuery.SINCE_CHANGES -> since.add(day, variant, values, 1);
                case SeriesQuery.SINCE_EXITS -> since.add(day, variant, values, -1);
                default -> throw new SQLException("Unexpected series row kind " + kind);
            }
        }
        return new Both(calendar, since);
    }

    private void add(int day, int variant, double[] values, int sign) {
        double[] sums = deltas.computeIfAbsent(day, k -> new double[variants][metrics * Moments.WIDTH])[variant];
        for (int i = 0; i < values.length; i++) {
            sums[i] += sign * values[i];
        }
        maxDay = Math.max(maxDay, day);
    }

    /** The largest day that had a row, or -1 when there were none. */
    int maxDay() {
        return maxDay;
    }

    /** Cumulative points 0..days-1 of the metric at position {@code metric}, labelled by {@code label}. */
    List<SeriesPoint> cumulative(int metric, int days, IntFunction<String> label) {
        List<SeriesPoint> points = new ArrayList<>();
        double[][] running = new double[variants][Moments.WIDTH];
        double[][] churn = new double[variants][Moments.WIDTH];
        for (int day = 0; day < days; day++) {
            double[][] change = deltas.get(day);
            List<Moments> moments = new ArrayList<>();
            for (int v = 0; v < variants; v++) {
                if (change != null) {
                    for (int i = 0; i < Moments.WIDTH; i++) {
                        double delta = change[v][metric * Moments.WIDTH + i];
                        running[v][i] += delta;
                        churn[v][i] += Math.abs(delta);
                    }
                }
                moments.add(SeriesRounding.repair(running[v], churn[v]));
            }
            points.add(new SeriesPoint(label.apply(day), moments));
        }
        return points;
    }
}
