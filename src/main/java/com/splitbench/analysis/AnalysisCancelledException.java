package com.splitbench.analysis;

import com.splitbench.common.UserFacingException;

/** The user cancelled an analysis; nothing was cached or written. */
public class AnalysisCancelledException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public AnalysisCancelledException() {
        super("The analysis was cancelled.", 130, null);
    }
}
