package com.splitbench.ingest;

import java.util.List;

/** The files of one import command and how to read them; all of them are imported in one transaction. */
public record ImportRequest(List<ImportSource> sources, ImportOptions options) {

    public ImportRequest {
        sources = List.copyOf(sources);
    }
}
