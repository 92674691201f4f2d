package com.splitbench.report;

import com.splitbench.common.UserFacingException;

/**
 * A report file that cannot be read or written: missing, too large, damaged, truncated, of a newer format, or
 * holding values that are not allowed. The message names the file and what is wrong.
 */
public class ReportFileException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public ReportFileException(String message) {
        super(message);
    }

    public ReportFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
