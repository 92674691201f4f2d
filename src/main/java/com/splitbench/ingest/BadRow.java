package com.splitbench.ingest;

/** A row that could not be read: where (file, line, column when known) and why. */
public record BadRow(String file, long line, String column, String reason) {

    /** {@code orders.csv line 12, column timestamp: 'yesterday' is not a time ...} */
    public String describe() {
        return file + " line " + line + (column == null ? "" : ", column " + column) + ": " + reason;
    }
}
