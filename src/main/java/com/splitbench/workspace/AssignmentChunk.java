package com.splitbench.workspace;

import java.util.List;

/**
 * Assignment rows as columns. Ids are dense: {@code unit} indexes the unit dictionary, the others the symbol
 * dictionary. {@code dimensions[k][i]} is the symbol id of dimension {@code dimensionNames.get(k)} in row i, or
 * -1 when the row has none. Arrays read from the store have exactly {@code size} entries; arrays handed to the
 * store may be longer.
 */
public record AssignmentChunk(int size, int[] unit, int[] experiment, int[] variant, long[] timeMillis,
        List<String> dimensionNames, int[][] dimensions) {
}
