package com.splitbench.ingest;

import com.splitbench.common.UserFacingException;
import com.splitbench.ingest.pipeline.FileImporter;
import com.splitbench.workspace.ImportTransaction;
import com.splitbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports files into a workspace, all or nothing: every file of a request goes into one transaction, committed
 * only when all of them are read. A bad row (unless skipped), an unreadable file, a failure or a cancel rolls
 * everything back. A file whose content was imported before is skipped and reported as such; a request whose
 * files were all imported before changes nothing, not even the data version.
 *
 * <p>Call from a background thread; {@link ImportListener} hears progress and {@link Cancellation} stops it.
 */
public final class Importer {

    private final Workspace workspace;

    public Importer(Workspace workspace) {
        this.workspace = workspace;
    }

    public ImportSummary run(ImportRequest request, ImportListener listener, Cancellation cancellation) {
        if (request.sources().isEmpty()) {
            throw new UserFacingException("Nothing to import: give at least one file.");
        }
        ImportOptions options = request.options();
        RejectsWriter rejects = options.skipBadRows() ? new RejectsWriter(rejectsPath(options)) : null;
        boolean done = false;
        try (ImportTransaction transaction = workspace.beginImport()) {
            FileImporter files = new FileImporter(transaction, options, rejects, cancellation, listener);
            List<FileSummary> summaries = new ArrayList<>();
            int count = request.sources().size();
            for (int i = 0; i < count; i++) {
                cancellation.throwIfCancelled();
                summaries.add(files.importFile(request.sources().get(i), i + 1, count));
            }
            cancellation.throwIfCancelled();
            boolean anyNew = summaries.stream().anyMatch(s -> !s.alreadyImported());
            long dataVersion = anyNew ? transaction.commit() : workspace.dataVersion();
            done = true;
            return new ImportSummary(summaries, dataVersion, rejects != null && rejects.created() ? rejects.path()
                    : null, rejects == null ? List.of() : rejects.firstRows());
        } finally {
            if (rejects != null) {
                if (done) {
                    rejects.close();
                } else {
                    rejects.discard();
                }
            }
        }
    }

    private Path rejectsPath(ImportOptions options) {
        if (options.rejectsFile() != null) {
            return options.rejectsFile().toAbsolutePath();
        }
        Path dir = workspace.directory();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path parent = dir.getParent() == null ? dir : dir.getParent();
        return parent.resolve(dir.getFileName() + "-rejects-" + stamp + ".csv");
    }
}
