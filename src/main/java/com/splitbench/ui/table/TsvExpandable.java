package com.splitbench.ui.table;

import java.util.List;

/**
 * A cell value that copies as several TSV columns, e.g. an estimate with its interval as "lift", "lift low",
 * "lift high", so that each number lands in its own spreadsheet column at full precision.
 */
public interface TsvExpandable {

    /** The headers for a column titled {@code columnName}; as many as {@link #tsvValues()} has entries. */
    List<String> tsvHeaders(String columnName);

    /** The raw values: numbers stay numbers, so they are written at full precision. */
    List<Object> tsvValues();
}
