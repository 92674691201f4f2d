package com.splitbench.ingest;

import java.nio.file.Path;

/**
 * Where an import is: file {@code fileIndex} (from 1) of {@code fileCount}, raw bytes read of the file's size,
 * and data rows read so far in this file.
 */
public record ImportProgress(Path file, int fileIndex, int fileCount, long bytesRead, long bytesTotal,
        long rowsRead) {

    /** The fraction of this file read, from 0 to 1. */
    public double fileFraction() {
        return bytesTotal <= 0 ? 1 : Math.min(1, (double) bytesRead / bytesTotal);
    }
}
