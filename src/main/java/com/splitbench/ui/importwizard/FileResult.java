package com.splitbench.ui.importwizard;

import com.splitbench.ingest.FileSummary;

/**
 * What happened to one file, for the wizard's summary table.
 *
 * @param result what was done, e.g. "Imported" or "Already imported (same content): skipped"
 */
public record FileResult(String file, String shape, String result, long rowsRead, long imported, long rejected,
                         long duplicatesSkipped, String notes) {

    static FileResult of(FileSummary summary) {
        String name = summary.path().getFileName().toString();
        if (summary.alreadyImported()) {
            return new FileResult(name, FileSetup.shapeWord(summary.shape()),
                    "Already imported (same content): skipped", 0, 0, 0, 0, "");
        }
        return new FileResult(name, FileSetup.shapeWord(summary.shape()), "Imported", summary.rowsRead(),
                summary.rowsImported(), summary.rowsRejected(), summary.duplicatesSkipped(),
                String.join("; ", summary.notes()));
    }

    static FileResult notImported(String name, String shape, String why) {
        return new FileResult(name, shape, why, 0, 0, 0, 0, "");
    }
}
