package com.splitbench.ingest;

import com.splitbench.common.UserFacingException;
import java.util.List;

/** The import failed because rows could not be read; nothing was written. Lists the first of them. */
public final class BadRowsException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    private final transient List<BadRow> rows;

    public BadRowsException(List<BadRow> rows, boolean stoppedEarly) {
        super(message(rows, stoppedEarly));
        this.rows = List.copyOf(rows);
    }

    public List<BadRow> rows() {
        return rows;
    }

    private static String message(List<BadRow> rows, boolean stoppedEarly) {
        StringBuilder text = new StringBuilder();
        text.append(stoppedEarly ? "Stopped after " + rows.size() + " rows that cannot be read"
                : rows.size() + (rows.size() == 1 ? " row cannot be read" : " rows cannot be read"));
        text.append("; nothing was imported.");
        for (BadRow row : rows) {
            text.append(System.lineSeparator()).append("  ").append(row.describe());
        }
        text.append(System.lineSeparator()).append("Fix these rows, or import with --skip-bad-rows to import the"
                + " other rows and write these to a rejects file.");
        return text.toString();
    }
}
