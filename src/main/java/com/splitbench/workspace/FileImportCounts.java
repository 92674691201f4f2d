package com.splitbench.workspace;

/** The row counts of one imported file. */
public record FileImportCounts(long rowsRead, long rowsImported, long rowsRejected, long duplicatesSkipped) {
}
