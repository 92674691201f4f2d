package com.splitbench.ingest.pipeline;

import com.splitbench.ingest.mapping.ColumnMapping;
import com.splitbench.ingest.parse.BadValueException;
import com.splitbench.ingest.parse.Numbers;
import com.splitbench.ingest.source.RecordReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The types of a per-user table's extra columns, found in a first pass over the whole file (a type seen only in
 * the first rows would fail on row 80,000): a column whose non-empty values are all TRUE/FALSE, true/false,
 * yes/no or 1/0 is boolean; all numbers, numeric; anything else, text (a dimension). An all-empty column is numeric.
 */
final class UserColumnTypes {

    private final List<Integer> metricColumns;
    private final boolean[] booleanMetric;
    private final List<Integer> textColumns;

    private UserColumnTypes(List<Integer> metricColumns, boolean[] booleanMetric, List<Integer> textColumns) {
        this.metricColumns = metricColumns;
        this.booleanMetric = booleanMetric;
        this.textColumns = textColumns;
    }

    static UserColumnTypes detect(RecordReader reader, ColumnMapping mapping) throws IOException {
        List<Integer> extras = mapping.extraColumns();
        int n = extras.size();
        boolean[] maybeBoolean = new boolean[n];
        boolean[] maybeNumber = new boolean[n];
        boolean[] anyValue = new boolean[n];
        Arrays.fill(maybeBoolean, true);
        Arrays.fill(maybeNumber, true);
        int width = reader.header().size();
        while (reader.next()) {
            if (reader.problem() != null || reader.fieldCount() != width) {
                continue; // reported with its line number in the import pass
            }
            byte[] b = reader.buffer();
            for (int k = 0; k < n; k++) {
                int c = extras.get(k);
                int start = reader.starts()[c];
                int end = reader.ends()[c];
                if (start == end) {
                    continue;
                }
                anyValue[k] = true;
                if (maybeBoolean[k] && Numbers.parseBoolean(b, start, end) < 0) {
                    maybeBoolean[k] = false;
                }
                if (maybeNumber[k] && !maybeBoolean[k]) {
                    try {
                        Numbers.parseDouble(b, start, end);
                    } catch (BadValueException e) {
                        maybeNumber[k] = false;
                    }
                }
            }
        }
        List<Integer> metrics = new ArrayList<>();
        List<Boolean> booleans = new ArrayList<>();
        List<Integer> text = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (maybeBoolean[k] || maybeNumber[k]) {
                metrics.add(extras.get(k));
                booleans.add(maybeBoolean[k] && anyValue[k]);
            } else {
                text.add(extras.get(k));
            }
        }
        boolean[] booleanMetric = new boolean[metrics.size()];
        for (int k = 0; k < booleanMetric.length; k++) {
            booleanMetric[k] = booleans.get(k);
        }
        return new UserColumnTypes(List.copyOf(metrics), booleanMetric, List.copyOf(text));
    }

    List<Integer> metricColumns() {
        return metricColumns;
    }

    boolean isBoolean(int metric) {
        return booleanMetric[metric];
    }

    boolean[] booleanFlags() {
        return booleanMetric.clone();
    }

    List<Integer> textColumns() {
        return textColumns;
    }
}
