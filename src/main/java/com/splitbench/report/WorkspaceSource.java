package com.splitbench.report;

import java.util.List;

/**
 * Numbers computed from a local workspace: the imported files they depend on (every import tied to the experiment
 * or to no experiment in particular).
 */
public record WorkspaceSource(List<ImportedFile> files) implements SourceDescription {

    public WorkspaceSource {
        files = List.copyOf(files);
    }

    @Override
    public String summary() {
        return "workspace: " + files.size() + (files.size() == 1 ? " imported file" : " imported files");
    }
}
