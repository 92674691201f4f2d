package com.splitbench.workspace;

import java.time.Instant;

/** One imported file, as recorded in the workspace. {@code finishedAt} is null only inside an open import. */
public record ImportRecord(long id, long dataVersion, String fileName, String filePath, long fileSize,
        String sha256, String format, ImportShape shape, String experiment, long rowsRead, long rowsImported,
        long rowsRejected, long duplicatesSkipped, Instant startedAt, Instant finishedAt, String columnMapping) {
}
