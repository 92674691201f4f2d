package com.splitbench.ingest.pipeline;

import java.util.Arrays;
import java.util.List;

/**
 * Converted rows handed from the parse thread to the writer thread. {@code symbol} is the variant (assignments,
 * per-user tables) or the event type (events). A batch with {@code failure} set, or {@code last}, ends the file.
 */
final class RowBatch {

    static final int CAPACITY = 8192;

    final int[] unit = new int[CAPACITY];
    final int[] experiment = new int[CAPACITY];
    final int[] symbol = new int[CAPACITY];
    final long[] time = new long[CAPACITY];
    final double[] value = new double[CAPACITY];
    final double[][] metrics;
    /** Unit ids as bytes, end to end; interned on the writer thread in one batch (see ByteDictionary#internAll). */
    byte[] unitKeys = new byte[CAPACITY * 16];
    final int[] unitKeyEnds = new int[CAPACITY];
    int[][] dimensions = new int[0][];
    List<String> dimensionNames = List.of();
    int size;
    long rowsRead;
    long rowsRejected;
    boolean last;
    Throwable failure;

    RowBatch(int metricColumns) {
        metrics = new double[metricColumns][CAPACITY];
    }

    static RowBatch failed(Throwable failure) {
        RowBatch batch = new RowBatch(0);
        batch.failure = failure;
        return batch;
    }

    /** Copies row {@code size}'s unit id bytes; the row's unit is assigned when the batch is interned. */
    void unitKey(byte[] b, int start, int end) {
        int from = size == 0 ? 0 : unitKeyEnds[size - 1];
        int length = end - start;
        if (from + length > unitKeys.length) {
            unitKeys = Arrays.copyOf(unitKeys, Math.max(unitKeys.length * 2, from + length));
        }
        System.arraycopy(b, start, unitKeys, from, length);
        unitKeyEnds[size] = from + length;
    }

    boolean isFull() {
        return size == CAPACITY;
    }

    /** Makes room for {@code count} dimension columns; a new column is -1 (missing) for earlier rows. */
    void ensureDimensions(int count) {
        if (dimensions.length < count) {
            int old = dimensions.length;
            dimensions = Arrays.copyOf(dimensions, count);
            for (int k = old; k < count; k++) {
                dimensions[k] = new int[CAPACITY];
                Arrays.fill(dimensions[k], -1);
            }
        }
    }
}
