package com.splitbench.workspace;

import java.util.List;

/**
 * Metric event rows as columns. {@code experiment[i]} is -1 for an event not tied to an experiment;
 * {@code value[i]} is NaN when the event has no value. Extra columns of the file are dimensions, as in
 * {@link AssignmentChunk}.
 */
public record EventChunk(int size, int[] unit, int[] experiment, int[] eventType, double[] value, long[] timeMillis,
        List<String> dimensionNames, int[][] dimensions) {
}
