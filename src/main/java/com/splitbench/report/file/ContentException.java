package com.splitbench.report.file;

/**
 * A value in a report that is not allowed, with the JSON path of the field (e.g.
 * {@code statistics.metrics[2].overall[1]}). {@link ReportFiles} turns it into a message that names the file.
 */
final class ContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;

    ContentException(String path, String problem) {
        super(problem);
        this.path = path;
    }

    String path() {
        return path;
    }
}
