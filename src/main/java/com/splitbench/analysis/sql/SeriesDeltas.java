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
 * Reads the per-day, per-variant moment deltas of a series statement and prefix-sums them into cumulative points,
 * one list per event metric, without the rounding noise of the sums ({@link SeriesRounding}).
 */
final class SeriesDeltas {

    /** deltas.get(day)[variant][metric * 9 + i] */
    private final Map<Integer, double[][]> deltas = new HashMap<>();
    private final int metrics;
    private final int variants;
    private int maxDay = -1;

    private SeriesDeltas(int metrics, int variants) {
        this.metrics = metrics;
        this.variants = variants;
    }

    static SeriesDeltas read(Rows rows, int metrics, List<String> variants) throws SQLException {
        SeriesDeltas result = new SeriesDeltas(metrics, variants.size());
        while (rows.next()) {
            int day = (int) rows.getLong(1);
            int variant = variants.indexOf(rows.getString(2));
            double[] values = result.deltas.computeIfAbsent(day, k -> new double[variants.size()][metrics
                    * Moments.WIDTH])[variant];
            for (int i = 0; i < values.length; i++) {
                values[i] += rows.getDouble(3 + i);
            }
            result.maxDay = Math.max(result.maxDay, day);
        }
        return result;
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
