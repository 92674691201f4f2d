package com.splitbench.ingest.pipeline;

import com.splitbench.workspace.EventStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows of one experiment (or of several, for the overflow partition) gathered into one chunk's columns. */
final class Partition {

    static final int ROWS = EventStore.CHUNK_ROWS;

    int size;
    int[] unit;
    int[] experiment;
    int[] symbol;
    long[] time;
    double[] value;
    double[][] metrics;
    private final int metricCount;
    private Map<String, int[]> dimensions;
    private List<String> resolvedNames;
    private int[][] resolved;

    Partition(int metricCount) {
        this.metricCount = metricCount;
        reset();
    }

    void append(RowBatch b, int i) {
        int n = size;
        unit[n] = b.unit[i];
        experiment[n] = b.experiment[i];
        symbol[n] = b.symbol[i];
        time[n] = b.time[i];
        value[n] = b.value[i];
        for (int k = 0; k < metricCount; k++) {
            metrics[k][n] = b.metrics[k][i];
        }
        if (b.dimensionNames != resolvedNames) {
            resolve(b.dimensionNames);
        }
        for (int k = 0; k < resolved.length; k++) {
            resolved[k][n] = b.dimensions[k][i];
        }
        size = n + 1;
    }

    boolean isFull() {
        return size == ROWS;
    }

    List<String> dimensionNames() {
        return List.copyOf(dimensions.keySet());
    }

    int[][] dimensionValues() {
        return dimensions.values().toArray(new int[0][]);
    }

    /** Starts a new chunk; the arrays of the previous one now belong to the chunk written from them. */
    void reset() {
        size = 0;
        unit = new int[ROWS];
        experiment = new int[ROWS];
        symbol = new int[ROWS];
        time = new long[ROWS];
        value = new double[ROWS];
        metrics = new double[metricCount][ROWS];
        dimensions = new LinkedHashMap<>();
        resolvedNames = null;
        resolved = new int[0][];
    }

    private void resolve(List<String> names) {
        List<int[]> arrays = new ArrayList<>(names.size());
        for (String name : names) {
            arrays.add(dimensions.computeIfAbsent(name, n -> {
                int[] column = new int[ROWS];
                Arrays.fill(column, -1);
                return column;
            }));
        }
        resolved = arrays.toArray(new int[0][]);
        resolvedNames = names;
    }
}
