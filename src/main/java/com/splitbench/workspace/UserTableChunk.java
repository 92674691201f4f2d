package com.splitbench.workspace;

import java.util.List;

/**
 * Rows of a per-user table: unit, the experiment it was imported for, variant, an optional time
 * ({@code Long.MIN_VALUE} = none), metric columns as doubles (NaN = missing; {@code booleanColumn[k]} when column k
 * held TRUE/FALSE, yes/no or 0/1, stored as 1/0) and text columns as dimension symbol ids (-1 = missing).
 */
public record UserTableChunk(int size, int[] unit, int[] experiment, int[] variant, long[] timeMillis,
        List<String> columnNames, double[][] columns, boolean[] booleanColumn, List<String> dimensionNames,
        int[][] dimensions) {
}
