package com.splitbench.report;

import java.util.Objects;
import java.util.Optional;

/**
 * One imported file a report's numbers depend on, as the workspace recorded it. Only the file name is kept, never
 * its folder: a path would reveal the author's machine, and nothing in a report is ever used as a path.
 *
 * @param name the file name, e.g. {@code events.csv.gz}
 * @param size its size in bytes
 * @param sha256 the SHA-256 of its bytes, 64 lowercase hex digits
 * @param shape assignments, events or users (the workspace's {@code ImportShape} name)
 * @param experiment the experiment the import was tied to, when one was given
 * @param rowsRead data rows read
 * @param rowsImported rows stored
 * @param rowsRejected bad rows skipped
 * @param duplicatesSkipped exact duplicate rows skipped
 */
public record ImportedFile(String name, long size, String sha256, String shape, Optional<String> experiment,
        long rowsRead, long rowsImported, long rowsRejected, long duplicatesSkipped) {

    public ImportedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(shape, "shape");
        experiment = experiment == null ? Optional.empty() : experiment;
    }
}
