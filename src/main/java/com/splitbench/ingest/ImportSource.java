package com.splitbench.ingest;

import com.splitbench.workspace.ImportShape;
import java.nio.file.Path;

/** A file to import and what it holds. */
public record ImportSource(Path path, ImportShape shape) {
}
