package com.splitbench.report;

import com.splitbench.workspace.ImportRecord;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The imported files an experiment's numbers depend on: every finished import tied to the experiment or to no
 * experiment in particular (an events file, an assignments file with an experiment column). Imports tied to another
 * experiment (its per-user table, say) cannot change this one's numbers and are left out.
 */
public final class WorkspaceSources {

    private WorkspaceSources() {
    }

    public static WorkspaceSource of(List<ImportRecord> imports, String experimentKey) {
        return new WorkspaceSource(imports.stream()
                .filter(r -> r.finishedAt() != null && r.sha256() != null)
                .filter(r -> r.experiment() == null || r.experiment().equals(experimentKey))
                .map(WorkspaceSources::file)
                .toList());
    }

    private static ImportedFile file(ImportRecord r) {
        return new ImportedFile(r.fileName(), r.fileSize(), r.sha256(), r.shape().name().toLowerCase(Locale.ROOT),
                Optional.ofNullable(r.experiment()), r.rowsRead(), r.rowsImported(), r.rowsRejected(),
                r.duplicatesSkipped());
    }
}
