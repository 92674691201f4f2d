package com.splitbench.ui.report;

import java.util.Objects;

/**
 * One line of a report's data fingerprint as the header lists it: an imported file (or a warehouse table or query)
 * with what is known about it and its SHA-256.
 *
 * @param name   the file name, table or "query"
 * @param detail e.g. "events · 199,621 rows imported · 2 rejected · 1.2 MB"
 * @param sha256 64 hex digits, or "" when there is none (a warehouse table)
 */
public record FingerprintLine(String name, String detail, String sha256) {

    private static final int SHORT_HASH = 12;

    public FingerprintLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
        sha256 = sha256 == null ? "" : sha256;
    }

    /** The first twelve hex digits and an ellipsis: enough to tell files apart at a glance. */
    public String shortHash() {
        return sha256.length() <= SHORT_HASH ? sha256 : sha256.substring(0, SHORT_HASH) + "…";
    }
}
