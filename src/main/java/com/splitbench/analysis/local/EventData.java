package com.splitbench.analysis.local;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * What the local engine reads: assignments and metric events as batches of primitive arrays, with units and
 * symbols (experiment keys, variants, event types, dimension values) dictionary-encoded as dense ints. The
 * workspace's columnar event store is the production source; tests use an in-memory one.
 */
public interface EventData {

    /** Unit ids are dense, in {@code [0, unitCount())}. */
    int unitCount();

    /** The symbol id of a string, if it occurs in the data. */
    OptionalInt symbolId(String symbol);

    /** Symbol ids are dense, in {@code [0, symbolCount())}. */
    int symbolCount();

    /** The string of a symbol id. */
    String symbol(int id);

    /** Streams the assignment rows of one experiment. */
    void assignments(int experimentSymbol, Consumer<AssignmentBatch> consumer);

    /** Streams all metric events (an event's experiment may be -1: not tied to one). */
    void events(Consumer<EventBatch> consumer);

    /** Streams the rows of the per-user tables imported for one experiment (none for most experiments). */
    void userTables(int experimentSymbol, Consumer<UserTableBatch> consumer);

    /** The event types in the data, with whether any event of the type carries a value. */
    java.util.List<EventTypeInfo> eventTypes();

    /** An event type and whether any of its events has a value. */
    record EventTypeInfo(String name, boolean hasValues) {
    }

    /**
     * Assignment rows. {@code dimensions[k][i]} is the symbol id of dimension {@code dimensionNames.get(k)} for
     * row i, or -1 when the row has no value for it.
     */
    record AssignmentBatch(int size, int[] unit, int[] variant, long[] timeMillis, List<String> dimensionNames,
            int[][] dimensions) {
    }

    /**
     * Rows of a per-user table: one row per unit with its variant, an optional time ({@code Long.MIN_VALUE} for
     * none), metric columns as doubles (NaN = missing; {@code booleanColumn[k]} when column k held TRUE/FALSE or
     * 0/1) and text columns as dimension symbol ids (-1 = missing).
     */
    record UserTableBatch(int size, int[] unit, int[] variant, long[] timeMillis, List<String> columnNames,
            double[][] columns, boolean[] booleanColumn, List<String> dimensionNames, int[][] dimensions) {

        AssignmentBatch asAssignments() {
            return new AssignmentBatch(size, unit, variant, timeMillis, dimensionNames, dimensions);
        }
    }

    /** Metric events. {@code experiment[i]} is -1 for an event not tied to an experiment; a NaN value is none. */
    record EventBatch(int size, int[] unit, int[] experiment, int[] eventType, double[] value, long[] timeMillis) {
    }
}
