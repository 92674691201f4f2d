package com.splitbench.ingest;

/**
 * Hears how an import is going. Called from the import's threads (not the UI thread), at most about ten times a
 * second per file; implementations hand the values over to their own thread.
 */
public interface ImportListener {

    ImportListener NONE = progress -> {
    };

    void onProgress(ImportProgress progress);
}
