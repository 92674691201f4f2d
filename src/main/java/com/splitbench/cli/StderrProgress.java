package com.splitbench.cli;

import com.splitbench.ingest.ImportListener;
import com.splitbench.ingest.ImportProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Import progress on stderr. On a terminal, one line redrawn in place at most five times a second. Otherwise (a
 * log file, CI) a line when a file is a quarter, half, three quarters and wholly read: a few lines per file.
 */
final class StderrProgress implements ImportListener {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private long lastPrint;
    private int width;
    private int file;
    private int quarter;

    StderrProgress(PrintWriter err) {
        this(err, System.console() != null);
    }

    StderrProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.lastPrint = System.nanoTime();
    }

    @Override
    public synchronized void onProgress(ImportProgress p) {
        boolean fileDone = p.bytesRead() >= p.bytesTotal();
        if (p.fileIndex() != file) {
            file = p.fileIndex();
            quarter = 0;
        }
        String text = String.format(Locale.ROOT, "importing %s (%d/%d): %3.0f%%, %.1f MB, %,d rows",
                p.file().getFileName(), p.fileIndex(), p.fileCount(), 100 * p.fileFraction(),
                p.bytesRead() / 1e6, p.rowsRead());
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastPrint < REDRAW_NANOS && !fileDone) {
                return;
            }
            lastPrint = now;
            err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
            width = text.length();
            if (fileDone) {
                err.println();
                width = 0;
            }
        } else {
            int reached = (int) Math.floor(p.fileFraction() * 4);
            if (reached <= quarter) {
                return;
            }
            quarter = reached;
            err.println(text);
        }
        err.flush();
    }
}
