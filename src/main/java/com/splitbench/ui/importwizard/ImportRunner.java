package com.splitbench.ui.importwizard;

import com.splitbench.ingest.Cancellation;
import com.splitbench.ingest.ImportListener;
import com.splitbench.ingest.ImportRequest;
import com.splitbench.ingest.ImportSummary;

/** Runs an import into the open workspace. Worker thread; the wiring gives it the workspace's lock. */
@FunctionalInterface
public interface ImportRunner {

    ImportSummary run(ImportRequest request, ImportListener listener, Cancellation cancellation) throws Exception;
}
