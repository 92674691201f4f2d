package com.splitbench.workspace;

import java.util.Arrays;

/** Keeps the rows of one experiment from a decoded chunk that mixes experiments. */
final class ChunkRows {

    private ChunkRows() {
    }

    static AssignmentChunk select(AssignmentChunk c, int experiment) {
        int[] rows = matching(c.experiment(), c.size(), experiment);
        if (rows.length == c.size()) {
            return c;
        }
        return new AssignmentChunk(rows.length, pick(c.unit(), rows), pick(c.experiment(), rows),
                pick(c.variant(), rows), pick(c.timeMillis(), rows), c.dimensionNames(), pick(c.dimensions(), rows));
    }

    static EventChunk select(EventChunk c, int experiment) {
        int[] rows = matching(c.experiment(), c.size(), experiment);
        if (rows.length == c.size()) {
            return c;
        }
        return new EventChunk(rows.length, pick(c.unit(), rows), pick(c.experiment(), rows),
                pick(c.eventType(), rows), pick(c.value(), rows), pick(c.timeMillis(), rows), c.dimensionNames(),
                pick(c.dimensions(), rows));
    }

    static UserTableChunk select(UserTableChunk c, int experiment) {
        int[] rows = matching(c.experiment(), c.size(), experiment);
        if (rows.length == c.size()) {
            return c;
        }
        double[][] columns = new double[c.columns().length][];
        for (int k = 0; k < columns.length; k++) {
            columns[k] = pick(c.columns()[k], rows);
        }
        return new UserTableChunk(rows.length, pick(c.unit(), rows), pick(c.experiment(), rows),
                pick(c.variant(), rows), pick(c.timeMillis(), rows), c.columnNames(), columns, c.booleanColumn(),
                c.dimensionNames(), pick(c.dimensions(), rows));
    }

    private static int[] matching(int[] experiments, int size, int experiment) {
        int[] rows = new int[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (experiments[i] == experiment) {
                rows[n++] = i;
            }
        }
        return Arrays.copyOf(rows, n);
    }

    private static int[] pick(int[] values, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    private static long[] pick(long[] values, int[] rows) {
        long[] out = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    private static double[] pick(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    private static int[][] pick(int[][] columns, int[] rows) {
        int[][] out = new int[columns.length][];
        for (int k = 0; k < columns.length; k++) {
            out[k] = pick(columns[k], rows);
        }
        return out;
    }
}
