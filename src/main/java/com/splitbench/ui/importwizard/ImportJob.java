package com.splitbench.ui.importwizard;

import com.splitbench.common.UserFacingException;
import com.splitbench.ingest.BadRow;
import com.splitbench.ingest.BadRowsException;
import com.splitbench.ingest.Cancellation;
import com.splitbench.ingest.FileSummary;
import com.splitbench.ingest.ImportRequest;
import com.splitbench.ingest.ImportSource;
import com.splitbench.ingest.ImportSummary;
import com.splitbench.ui.table.DisplayFormats;
import com.splitbench.ui.task.TaskContext;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The wizard's import: its requests one after the other (each all or nothing), with progress over all files, and
 * the outcome in words for the summary, also after a failure or a cancel.
 */
final class ImportJob {

    /** Where the import is: the fraction done over all files and a line of text. */
    @FunctionalInterface
    interface Progress {
        void report(double fraction, String text);
    }

    /** What the summary shows. {@code changedData} is true when any request was committed. */
    record Outcome(List<FileResult> files, List<BadRow> rejected, String headline, String details, boolean failed,
                   boolean changedData) {
    }

    private final ImportRunner runner;
    private final List<ImportRequest> requests;
    private final List<ImportSummary> done = new CopyOnWriteArrayList<>();

    ImportJob(ImportRunner runner, List<ImportRequest> requests) {
        this.runner = runner;
        this.requests = List.copyOf(requests);
    }

    Outcome run(TaskContext task, Progress progress) throws Exception {
        ImportProgressText text = new ImportProgressText(totalBytes());
        for (ImportRequest request : requests) {
            task.throwIfCancelled();
            Cancellation cancellation = new Cancellation();
            done.add(runner.run(request, step -> {
                progress.report(text.fraction(step), ImportProgressText.describe(step));
                if (task.isCancelled()) {
                    cancellation.cancel();
                }
            }, cancellation));
        }
        return outcome(null);
    }

    boolean committedAny() {
        return done.stream().anyMatch(summary -> summary.files().stream().anyMatch(f -> !f.alreadyImported()));
    }

    /** The outcome after a failure or cancel: what was imported before it, and why the rest was not. */
    Outcome outcomeSoFar(String why) {
        return outcome(why);
    }

    Outcome outcomeAfter(Throwable failure) {
        if (!(failure instanceof UserFacingException)) {
            System.getLogger(ImportJob.class.getName()).log(System.Logger.Level.ERROR, "The import failed", failure);
        }
        return outcome(failure instanceof UserFacingException ? failure.getMessage()
                : "The import failed unexpectedly. This is a bug; the details are in the log. Nothing of the "
                + "failed files was kept.");
    }

    private Outcome outcome(String failure) {
        List<FileResult> files = new ArrayList<>();
        List<BadRow> rejected = new ArrayList<>();
        for (ImportSummary summary : done) {
            summary.files().forEach(file -> files.add(FileResult.of(file)));
            rejected.addAll(summary.rejectedRows());
        }
        for (int r = done.size(); r < requests.size(); r++) {
            for (ImportSource source : requests.get(r).sources()) {
                files.add(FileResult.notImported(source.path().getFileName().toString(),
                        FileSetup.shapeWord(source.shape()), "Not imported"));
            }
        }
        long imported = done.stream().mapToLong(ImportSummary::rowsImported).sum();
        long duplicates = done.stream().mapToLong(ImportSummary::duplicatesSkipped).sum();
        long skippedRows = done.stream().mapToLong(ImportSummary::rowsRejected).sum();
        long before = done.stream().flatMap(s -> s.files().stream()).filter(FileSummary::alreadyImported).count();
        List<String> notes = new ArrayList<>();
        if (duplicates > 0) {
            notes.add(DisplayFormats.number(duplicates, 0) + " exact duplicate rows were skipped.");
        }
        if (before > 0) {
            notes.add(before + (before == 1 ? " file was" : " files were") + " imported before (same content) and "
                    + "skipped.");
        }
        if (skippedRows > 0) {
            notes.add(DisplayFormats.number(skippedRows, 0) + " rows could not be read and were skipped"
                    + done.stream().filter(s -> s.rejectsFile() != null).findFirst()
                            .map(s -> "; all of them are in " + s.rejectsFile()).orElse("")
                    + ". The first are listed below with their line and reason.");
        }
        String importedText = "Imported " + DisplayFormats.number(imported, 0) + " rows from "
                + files.stream().filter(f -> f.result().equals("Imported")).count() + " of " + files.size()
                + (files.size() == 1 ? " file." : " files.");
        if (failure == null) {
            return new Outcome(files, rejected, importedText, String.join(" ", notes), false, committedAny());
        }
        String headline = committedAny() ? importedText + " The rest was not imported." : "Nothing was imported.";
        return new Outcome(files, rejected, headline, failure, true, committedAny());
    }

    /** With the rows of a bad-rows failure listed. */
    Outcome outcomeAfterBadRows(BadRowsException failure) {
        Outcome outcome = outcomeAfter(failure);
        List<BadRow> rows = new ArrayList<>(outcome.rejected());
        rows.addAll(failure.rows());
        String details = failure.rows().size() + (failure.rows().size() == 1 ? " row" : " rows")
                + " could not be read, so the files of that import were not imported. Fix the rows listed below, "
                + "or import again with \"Skip rows that cannot be read\": the other rows go in, and these are "
                + "written to a rejects file.";
        return new Outcome(outcome.files(), rows, outcome.headline(), details, true, outcome.changedData());
    }

    private long totalBytes() {
        long total = 0;
        for (ImportRequest request : requests) {
            for (ImportSource source : request.sources()) {
                try {
                    total += Files.size(source.path());
                } catch (IOException e) {
                    // The importer reports the missing file with its own message.
                }
            }
        }
        return total;
    }
}
