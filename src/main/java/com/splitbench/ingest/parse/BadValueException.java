package com.splitbench.ingest.parse;

/**
 * A field that cannot be read as what its column needs. Carries only a reason; the caller adds file, line and
 * column. No stack trace: bad values are expected input, and there may be millions of them.
 */
public final class BadValueException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadValueException(String reason) {
        super(reason, null, false, false);
    }
}
