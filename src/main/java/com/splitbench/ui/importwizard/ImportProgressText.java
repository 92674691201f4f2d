package com.splitbench.ui.importwizard;

import com.splitbench.ingest.ImportProgress;
import com.splitbench.ui.table.DisplayFormats;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Turns the importer's per-file progress into the wizard's bar over all files, and a line of text. */
final class ImportProgressText {

    private final Map<Path, Long> bytesRead = new ConcurrentHashMap<>();
    private final long totalBytes;

    ImportProgressText(long totalBytes) {
        this.totalBytes = Math.max(1, totalBytes);
    }

    /** Records the progress; returns the fraction done over all files. */
    double fraction(ImportProgress progress) {
        bytesRead.put(progress.file(), progress.bytesRead());
        long done = bytesRead.values().stream().mapToLong(Long::longValue).sum();
        return Math.min(1, (double) done / totalBytes);
    }

    static String describe(ImportProgress progress) {
        return "Importing " + progress.file().getFileName() + " (" + progress.fileIndex() + " of "
                + progress.fileCount() + "): " + DisplayFormats.number(progress.rowsRead(), 0) + " rows, "
                + DisplayFormats.percent(progress.fileFraction(), 0);
    }
}
