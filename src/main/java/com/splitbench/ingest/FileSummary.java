package com.splitbench.ingest;

import com.splitbench.workspace.ImportShape;
import java.nio.file.Path;
import java.util.List;

/**
 * What happened to one file. {@code alreadyImported} files were skipped because a file with the same content
 * (SHA-256) was imported before; their counts are zero.
 */
public record FileSummary(Path path, ImportShape shape, String format, boolean alreadyImported, long rowsRead,
        long rowsImported, long rowsRejected, long duplicatesSkipped, String mapping, List<String> notes) {

    /** One line for the command line, e.g. {@code events.csv: events, csv, 1000 rows read, 990 imported, ...}. */
    public String describe() {
        if (alreadyImported) {
            return path.getFileName() + ": already imported (same content); skipped";
        }
        String text = path.getFileName() + ": " + shape.name().toLowerCase(java.util.Locale.ROOT) + ", " + format
                + ", " + rowsRead + " rows read, " + rowsImported + " imported, " + rowsRejected + " rejected, "
                + duplicatesSkipped + " duplicates skipped [" + mapping + "]";
        return notes.isEmpty() ? text : text + "; " + String.join("; ", notes);
    }
}
