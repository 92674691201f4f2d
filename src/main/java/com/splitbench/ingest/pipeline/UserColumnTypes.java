package com.splitbench.ingest.pipeline;

import com.splitbench.ingest.mapping.ColumnMapping;
import com.splitbench.ingest.source.RecordReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The types of a per-user table's extra columns, found in a first pass over the whole file (a type seen only in
 * the first rows would fail on row 80,000), by the rule of {@link UserColumnTally}: numbers and booleans are metric
 * columns, text is a dimension. Empty cells are missing values and do not count; an all-empty column is numeric.
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
        UserColumnTally[] tallies = new UserColumnTally[n];
        for (int k = 0; k < n; k++) {
            tallies[k] = new UserColumnTally();
        }
        int width = reader.header().size();
        while (reader.next()) {
            if (reader.problem() != null || reader.fieldCount() != width) {
                continue; // reported with its line number in the import pass
            }
            for (int k = 0; k < n; k++) {
                int c = extras.get(k);
                int start = reader.starts()[c];
                int end = reader.ends()[c];
                if (start != end) {
                    tallies[k].add(reader.buffer(), start, end);
                }
            }
        }
        List<Integer> metrics = new ArrayList<>();
        List<Boolean> booleans = new ArrayList<>();
        List<Integer> text = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            UserColumnTally.Kind kind = tallies[k].kind();
            if (kind == UserColumnTally.Kind.TEXT) {
                text.add(extras.get(k));
            } else {
                metrics.add(extras.get(k));
                booleans.add(kind == UserColumnTally.Kind.BOOLEAN);
            }
        }
        boolean[] booleanMetric = new boolean[metrics.size()];
        for (int k = 0; k < booleanMetric.length; k++) {
            booleanMetric[k] = booleans.get(k);
        }
        return new UserColumnTypes(List.copyOf(metrics), booleanMetric, List.copyOf(text));
    }

    /** For the file's summary: {@code metrics: revenue (number), converted (boolean)}, {@code dimensions: country}. */
    List<String> describe(ColumnMapping mapping) {
        List<String> metrics = new ArrayList<>();
        for (int k = 0; k < metricColumns.size(); k++) {
            metrics.add(mapping.name(metricColumns.get(k)) + (booleanMetric[k] ? " (boolean)" : " (number)"));
        }
        List<String> dimensions = textColumns.stream().map(mapping::name).toList();
        return List.of("metrics: " + (metrics.isEmpty() ? "none" : String.join(", ", metrics)),
                "dimensions: " + (dimensions.isEmpty() ? "none" : String.join(", ", dimensions)));
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
