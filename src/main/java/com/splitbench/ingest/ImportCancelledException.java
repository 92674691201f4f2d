package com.splitbench.ingest;

import com.splitbench.common.UserFacingException;

/** The import was cancelled; the workspace is as it was. Exit code 130, as after Ctrl-C. */
public final class ImportCancelledException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public static final int EXIT_CANCELLED = 130;

    public ImportCancelledException() {
        super("Import cancelled; the workspace is unchanged.", EXIT_CANCELLED, null);
    }
}
