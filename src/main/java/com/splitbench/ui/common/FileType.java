package com.splitbench.ui.common;

import java.util.List;

/**
 * A kind of file offered in a file chooser.
 *
 * @param description what the user sees, e.g. "Splitbench reports"
 * @param patterns    glob patterns, e.g. {@code *.splitreport}
 */
public record FileType(String description, List<String> patterns) {

    public static final FileType REPORT = new FileType("Splitbench reports", List.of("*.splitreport"));
    public static final FileType PNG = new FileType("PNG images", List.of("*.png"));
    public static final FileType HTML = new FileType("HTML pages", List.of("*.html"));
    public static final FileType CSV = new FileType("CSV tables", List.of("*.csv"));
    public static final FileType JAR = new FileType("Java archives (JDBC drivers)", List.of("*.jar"));
    public static final FileType EXPORTS = new FileType("Experiment exports",
            List.of("*.csv", "*.tsv", "*.txt", "*.jsonl", "*.ndjson", "*.csv.gz", "*.tsv.gz", "*.jsonl.gz", "*.gz"));

    public FileType {
        patterns = List.copyOf(patterns);
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("a file type needs at least one pattern");
        }
    }

    /** The extension a saved file gets when the user typed none, e.g. {@code .png}. */
    public String defaultExtension() {
        String first = patterns.get(0);
        return first.startsWith("*") ? first.substring(1) : "";
    }
}
