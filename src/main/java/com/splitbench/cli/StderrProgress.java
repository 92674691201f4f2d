package com.splitbench.cli;

import com.splitbench.ingest.ImportListener;
import com.splitbench.ingest.ImportProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Import progress on stderr. On a terminal, one line redrawn in place at most five times a second; otherwise (a
 * log file, CI) a line at most every ten seconds, so logs stay short.
 */
final class StderrProgress implements ImportListener {

    private final PrintWriter err;
    private final boolean terminal;
    private final long intervalNanos;
    private long lastPrint;
    private int width;

    StderrProgress(PrintWriter err) {
        this.err = err;
        this.terminal = System.console() != null;
        this.intervalNanos = terminal ? 200_000_000L : 10_000_000_000L;
        this.lastPrint = System.nanoTime();
    }

    @Override
    public synchronized void onProgress(ImportProgress p) {
        long now = System.nanoTime();
        boolean fileDone = p.bytesRead() >= p.bytesTotal();
        if (now - lastPrint < intervalNanos && !(terminal && fileDone)) {
            return;
        }
        lastPrint = now;
        String text = String.format(Locale.ROOT, "importing %s (%d/%d): %3.0f%%, %.1f MB, %,d rows",
                p.file().getFileName(), p.fileIndex(), p.fileCount(), 100 * p.fileFraction(),
                p.bytesRead() / 1e6, p.rowsRead());
        if (terminal) {
            err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
            width = text.length();
            if (fileDone) {
                err.println();
                width = 0;
            }
        } else {
            err.println(text);
        }
        err.flush();
    }
}
