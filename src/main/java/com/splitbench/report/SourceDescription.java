package com.splitbench.report;

/**
 * Where a report's numbers came from, described without credentials, host names or paths, so that a report can be
 * shared outside the team. A closed set: a workspace's imported files, or a warehouse query.
 */
public sealed interface SourceDescription permits WorkspaceSource, WarehouseSource {

    /** One line for a reader, e.g. "workspace: 2 imported files" or "warehouse (postgresql): 3 tables". */
    String summary();
}
