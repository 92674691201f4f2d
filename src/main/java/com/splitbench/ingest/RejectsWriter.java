package com.splitbench.ingest;

import com.splitbench.common.UserFacingException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rejects file of an import with {@code --skip-bad-rows}: CSV with {@code file,line,column,reason,row}, where
 * row is the rejected record's text. Created on the first rejected row, so a clean import leaves no file.
 */
public final class RejectsWriter implements AutoCloseable {

    private final Path path;
    /** How many rejected rows are kept in memory for the window's import summary. */
    public static final int LISTED = 100;

    private final List<BadRow> firstRows = new ArrayList<>();
    private BufferedWriter writer;
    private long rows;

    public RejectsWriter(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public long rows() {
        return rows;
    }

    /** The first {@value #LISTED} rejected rows, for a summary that lists them with line and reason. */
    public synchronized List<BadRow> firstRows() {
        return List.copyOf(firstRows);
    }

    public boolean created() {
        return writer != null;
    }

    public synchronized void write(BadRow row, String rawText) {
        try {
            if (writer == null) {
                Files.createDirectories(path.toAbsolutePath().getParent());
                writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
                writer.write("file,line,column,reason,row\n");
            }
            writer.write(quote(row.file()) + "," + row.line() + "," + quote(row.column() == null ? "" : row.column())
                    + "," + quote(row.reason()) + "," + quote(rawText) + "\n");
            rows++;
            if (firstRows.size() < LISTED) {
                firstRows.add(row);
            }
        } catch (IOException e) {
            throw new UserFacingException("Cannot write the rejects file " + path + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the file: the import it belonged to did not happen. */
    public void discard() {
        close();
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UserFacingException("Cannot write the rejects file " + path + ": " + e.getMessage(), e);
            }
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
