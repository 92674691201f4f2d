package com.splitbench.ingest.source;

/** What a file turned out to be: JSON Lines, or delimited text with this delimiter. */
public record SniffedFormat(boolean jsonLines, byte delimiter, boolean gzip) {

    /** A short name for summaries and the import record: {@code csv}, {@code tsv}, {@code csv(;)}, {@code jsonl}. */
    public String description() {
        String base;
        if (jsonLines) {
            base = "jsonl";
        } else if (delimiter == ',') {
            base = "csv";
        } else if (delimiter == '\t') {
            base = "tsv";
        } else {
            base = "csv(" + (char) delimiter + ")";
        }
        return gzip ? base + "+gzip" : base;
    }
}
