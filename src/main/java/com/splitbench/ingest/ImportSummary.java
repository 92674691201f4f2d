package com.splitbench.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of one import command. {@code rejectsFile} is null when no row was rejected; {@code rejectedRows}
 * holds the first rejected rows (up to {@value RejectsWriter#LISTED}) with line and reason, for the window.
 */
public record ImportSummary(List<FileSummary> files, long dataVersion, Path rejectsFile, List<BadRow> rejectedRows) {

    public ImportSummary {
        files = List.copyOf(files);
        rejectedRows = List.copyOf(rejectedRows);
    }

    public ImportSummary(List<FileSummary> files, long dataVersion, Path rejectsFile) {
        this(files, dataVersion, rejectsFile, List.of());
    }

    public long rowsRead() {
        return files.stream().mapToLong(FileSummary::rowsRead).sum();
    }

    public long rowsImported() {
        return files.stream().mapToLong(FileSummary::rowsImported).sum();
    }

    public long rowsRejected() {
        return files.stream().mapToLong(FileSummary::rowsRejected).sum();
    }

    public long duplicatesSkipped() {
        return files.stream().mapToLong(FileSummary::duplicatesSkipped).sum();
    }

    /**
     * The one-line summary the command line ends with:
     * {@code rows read: 1000, imported: 990, rejected: 0, duplicates skipped: 10}, then notes after semicolons.
     */
    public String summaryLine() {
        StringBuilder line = new StringBuilder("rows read: " + rowsRead() + ", imported: " + rowsImported()
                + ", rejected: " + rowsRejected() + ", duplicates skipped: " + duplicatesSkipped());
        String already = files.stream().filter(FileSummary::alreadyImported)
                .map(f -> f.path().getFileName().toString()).collect(Collectors.joining(", "));
        if (!already.isEmpty()) {
            line.append("; already imported: ").append(already);
        }
        if (rejectsFile != null) {
            line.append("; rejected rows written to: ").append(rejectsFile);
        }
        return line.toString();
    }
}
