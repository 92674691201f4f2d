package com.splitbench.sample;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes {@code assignments.csv[.gz]} (UTF-8 with a BOM, as spreadsheet tools save it) and, optionally, the
 * same rows as {@code assignments.jsonl[.gz]} with the context as a nested object and epoch-millisecond times as
 * JSON numbers.
 */
final class AssignmentWriter implements Closeable {

    private static final String HEADER = "user_id,experiment_id,variant,assigned_at,context";

    private final ExportLabels labels;
    private final String csvName;
    private final String jsonLinesName;
    private final AsciiSink csv;
    private final AsciiSink jsonLines;
    private final long[] formatCounts = new long[TimestampFormat.values().length];

    AssignmentWriter(Path directory, ExportLabels labels, SampleFiles layout) throws IOException {
        this.labels = labels;
        this.csvName = layout.assignmentsCsvName();
        this.jsonLinesName = layout.assignmentsJsonLinesName();
        this.csv = AsciiSink.open(directory.resolve(csvName), true, false);
        this.jsonLines = layout.jsonLinesCopy()
                ? AsciiSink.open(directory.resolve(jsonLinesName), false, false)
                : null;
        csv.put(HEADER).endHeader();
    }

    void write(SimulatedUser user) throws IOException {
        UserProfile profile = user.profile();
        for (AssignmentRow row : user.assignmentRows) {
            formatCounts[row.format().ordinal()]++;
            csv.put(profile.id()).put((byte) ',')
                    .put(labels.experiment(row.experiment())).put((byte) ',')
                    .put(labels.variant(row.experiment(), row.variant())).put((byte) ',');
            row.format().write(csv, row.micros(), profile.offsetMinutes());
            csv.put((byte) ',').put(profile.contextCsv());
            csv.endRow();
            if (jsonLines != null) {
                jsonLines.put("{\"user_id\":\"").put(profile.id())
                        .put("\",\"experiment_id\":\"").put(labels.experiment(row.experiment()))
                        .put("\",\"variant\":\"").put(labels.variant(row.experiment(), row.variant()))
                        .put("\",\"assigned_at\":");
                row.format().writeJson(jsonLines, row.micros(), profile.offsetMinutes());
                jsonLines.put(",\"context\":").put(profile.contextJson()).put((byte) '}');
                jsonLines.endRow();
            }
        }
    }

    long[] formatCounts() {
        return formatCounts.clone();
    }

    /** Closes the files and describes them. */
    WrittenFile[] finish(Path directory) throws IOException {
        WrittenFile csvFile = new WrittenFile(csvName, directory.resolve(csvName), csv.rows(), csv.finish());
        if (jsonLines == null) {
            return new WrittenFile[] {csvFile};
        }
        return new WrittenFile[] {csvFile,
            new WrittenFile(jsonLinesName, directory.resolve(jsonLinesName), jsonLines.rows(), jsonLines.finish())};
    }

    @Override
    public void close() throws IOException {
        csv.close();
        if (jsonLines != null) {
            jsonLines.close();
        }
    }
}
