package com.splitbench.ingest.source;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Records of a tabular file as byte ranges. After {@link #next()} returns true, field i of the current record is
 * {@code buffer()[starts()[i] .. ends()[i])}, for i below {@link #fieldCount()}; the ranges are valid until the
 * next call. Readers never allocate per field, which is what lets the importer run at millions of rows a second.
 */
public interface RecordReader extends Closeable {

    /** Column names. For JSON Lines the list grows as new keys appear. */
    List<String> header();

    boolean next() throws IOException;

    int fieldCount();

    byte[] buffer();

    int[] starts();

    int[] ends();

    /** The line on which the current record starts (1 = the first line of the file). */
    long line();

    /** Why the current record could not be split cleanly into fields, or null when it could. */
    String problem();

    /** The current record as text, for the rejects file. */
    String rawText();

    default String field(int i) {
        return new String(buffer(), starts()[i], ends()[i] - starts()[i], StandardCharsets.UTF_8);
    }
}
