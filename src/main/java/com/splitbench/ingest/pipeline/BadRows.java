package com.splitbench.ingest.pipeline;

import com.splitbench.ingest.BadRow;
import com.splitbench.ingest.BadRowsException;
import com.splitbench.ingest.RejectsWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What happens to rows that cannot be read. By default the first one dooms the import: up to
 * {@value #LISTED} are collected for the message, and reading stops there. With {@code --skip-bad-rows} each goes
 * to the rejects file with its reason and the import goes on.
 */
final class BadRows {

    static final int LISTED = 20;

    private final String fileName;
    private final RejectsWriter rejects;
    private final List<BadRow> listed = new ArrayList<>();
    private long count;

    /** @param rejects where skipped rows go, or null to fail the import on bad rows */
    BadRows(String fileName, RejectsWriter rejects) {
        this.fileName = fileName;
        this.rejects = rejects;
    }

    void add(long line, String column, String reason, String rawText) {
        count++;
        BadRow row = new BadRow(fileName, line, column, reason);
        if (rejects != null) {
            rejects.write(row, rawText);
            return;
        }
        listed.add(row);
        if (listed.size() >= LISTED) {
            throw new BadRowsException(listed, true);
        }
    }

    /** At the end of the file: fails when rows were bad and are not being skipped. */
    void finish() {
        if (rejects == null && count > 0) {
            throw new BadRowsException(listed, false);
        }
    }

    long rejected() {
        return count;
    }
}
