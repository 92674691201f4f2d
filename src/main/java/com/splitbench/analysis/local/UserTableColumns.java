package com.splitbench.analysis.local;

import com.splitbench.analysis.local.EventData.AssignmentBatch;
import com.splitbench.analysis.local.EventData.UserTableBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-user tables of one experiment, read into per-unit column arrays. When a unit has several rows, the
 * first row's values are used (its variant rows still count for the "several variants" exclusion).
 */
final class UserTableColumns {

    private final List<AssignmentBatch> assignments = new ArrayList<>();
    private final Map<String, double[]> columns = new LinkedHashMap<>();
    private final Map<String, Boolean> booleanColumns = new LinkedHashMap<>();
    private final boolean[] seen;
    private boolean hasTimes = true;

    private UserTableColumns(int unitCount) {
        this.seen = new boolean[unitCount];
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
                double[] array = new double[seen.length];
                Arrays.fill(array, Double.NaN);
                return array;
            });
            booleanColumns.merge(name, batch.booleanColumn()[k], Boolean::logicalAnd);
            double[] source = batch.columns()[k];
            for (int i = 0; i < batch.size(); i++) {
                int unit = batch.unit()[i];
                if (!seen[unit]) {
                    values[unit] = source[i];
                }
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            seen[batch.unit()[i]] = true;
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
