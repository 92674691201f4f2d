package com.splitbench.cli;

import com.splitbench.analysis.AnalysisMonitor;
import java.io.PrintWriter;

/** Prints an analysis's steps on stderr (warehouse analyses can take minutes). */
final class StderrAnalysisProgress implements AnalysisMonitor {

    private final PrintWriter err;
    private final long started = System.nanoTime();

    StderrAnalysisProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(double fraction, String message) {
        err.printf(java.util.Locale.ROOT, "%5.1f s  %3.0f%%  %s%n", (System.nanoTime() - started) / 1e9,
                fraction * 100, message);
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
