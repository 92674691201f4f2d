package com.splitbench.analysis.local;

import com.splitbench.analysis.local.EventData.AssignmentBatch;
import com.splitbench.analysis.local.EventData.UserTableBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-user tables of one experiment, read into per-unit column arrays. When a unit has several rows, each
 * column takes the value of the first row that has that column (its variant rows still count for the "several
 * variants" exclusion): a table split into files by column (revenue in one, orders in another) gives every user
 * both. Before, a unit seen in the first file got no value from the later ones, so their metrics had no users.
 */
final class UserTableColumns {

    private final List<AssignmentBatch> assignments = new ArrayList<>();
    private final Map<String, double[]> columns = new LinkedHashMap<>();
    private final Map<String, Boolean> booleanColumns = new LinkedHashMap<>();
    /** Per column, the units that already have its value from an earlier row. */
    private final Map<String, BitSet> filled = new LinkedHashMap<>();
    private final int unitCount;
    private boolean hasTimes = true;

    private UserTableColumns(int unitCount) {
        this.unitCount = unitCount;
    }

    static UserTableColumns read(EventData data, int experimentSymbol) {
        UserTableColumns table = new UserTableColumns(data.unitCount());
        data.userTables(experimentSymbol, table::add);
        return table;
    }

    private void add(UserTableBatch batch) {
        long[] times = batch.timeMillis().clone();
        for (int i = 0; i < batch.size(); i++) {
            if (times[i] == Long.MIN_VALUE) {
                // No time column: every user counts as exposed at the epoch; time series are not built.
                hasTimes = false;
                times[i] = 0;
            }
        }
        assignments.add(new AssignmentBatch(batch.size(), batch.unit(), batch.variant(), times,
                batch.dimensionNames(), batch.dimensions()));
        for (int k = 0; k < batch.columnNames().size(); k++) {
            String name = batch.columnNames().get(k);
            double[] values = columns.computeIfAbsent(name, n -> {
                double[] array = new double[unitCount];
                Arrays.fill(array, Double.NaN);
                return array;
            });
            BitSet done = filled.computeIfAbsent(name, n -> new BitSet(unitCount));
            booleanColumns.merge(name, batch.booleanColumn()[k], Boolean::logicalAnd);
            double[] source = batch.columns()[k];
            for (int i = 0; i < batch.size(); i++) {
                int unit = batch.unit()[i];
                if (!done.get(unit)) {
                    values[unit] = source[i];
                    done.set(unit);
                }
            }
        }
    }

    boolean isEmpty() {
        return assignments.isEmpty();
    }

    boolean hasTimes() {
        return hasTimes;
    }

    List<AssignmentBatch> assignments() {
        return assignments;
    }

    List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    /** Per-unit values of a column (NaN = missing), or null when the column does not exist. */
    double[] column(String name) {
        return columns.get(name);
    }

    boolean isBoolean(String name) {
        return booleanColumns.getOrDefault(name, false);
    }
}
