package com.splitbench.workspace;

/** An event type in the data: rows, rows with a value, first and last time. */
public record EventTypeSummary(String name, int symbol, long rows, long valuedRows, long firstTime, long lastTime) {

    public boolean hasValues() {
        return valuedRows > 0;
    }
}
