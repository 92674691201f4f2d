package com.splitbench.ui.source;

import com.splitbench.ui.table.DisplayFormats;
import com.splitbench.warehouse.SavedSource;
import java.util.Locale;

/** A saved source and a warehouse run in a line each, for the source page and the sidebar. */
public final class SourceFacts {

    private SourceFacts() {
    }

    /** E.g. "postgresql · jdbc:postgresql://db:5432/dw · user kim · assignments=a, events=e". */
    public static String describe(SavedSource source) {
        return source.definition().engine() + " · " + source.jdbcUrl()
                + (source.user() == null || source.user().isBlank() ? "" : " · user " + source.user())
                + " · " + String.join(", ", source.definition().mapping().describeSources());
    }

    /** The sidebar's second line, e.g. "postgresql · assignments, events". */
    public static String sidebarDetail(SavedSource source) {
        return source.definition().engine() + " · " + String.join(", ", source.definition().mapping()
                .describeSources().stream().map(text -> text.substring(0, Math.max(0, text.indexOf('=')))).toList());
    }

    /** E.g. "checkout on h2 in 2.4 s: 9 statements, 184 summary rows (23 KB) came back". */
    static String run(WarehouseRun run) {
        return String.format(Locale.ROOT, "%s on %s in %.1f s: %d statements, %s summary rows (%s) came back",
                run.spec().experiment().key(), run.source().engine(), run.millis() / 1000.0, run.statements(),
                DisplayFormats.number(run.rowsReceived(), 0), bytes(run.bytesReceived()));
    }

    private static String bytes(long bytes) {
        return bytes < 10_000 ? DisplayFormats.number(bytes, 0) + " bytes"
                : DisplayFormats.number(bytes / 1024.0, 0) + " KB";
    }
}
