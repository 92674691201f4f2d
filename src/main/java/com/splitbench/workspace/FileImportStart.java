package com.splitbench.workspace;

/** What is known about a file when its import starts. */
public record FileImportStart(String fileName, String filePath, long fileSize, String format, ImportShape shape,
        String experiment, String columnMapping) {
}
