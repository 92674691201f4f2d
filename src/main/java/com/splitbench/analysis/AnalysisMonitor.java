package com.splitbench.analysis;

/** Progress and cancellation for a long analysis; implementations must be thread-safe. */
public interface AnalysisMonitor {

    AnalysisMonitor NONE = new AnalysisMonitor() {
        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param fraction 0..1 of the work done */
    void progress(double fraction, String message);

    boolean isCancelled();

    /** Throws {@link AnalysisCancelledException} when the user has cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new AnalysisCancelledException();
        }
    }
}
