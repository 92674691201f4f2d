package com.splitbench.sample;

/**
 * In what form the generator writes its files. The per-user table is always plain CSV (with CRLF line ends), so
 * that one file opens directly in a spreadsheet.
 *
 * @param gzip          gzip the assignments, the events and the JSON Lines copy ({@code .gz} names)
 * @param jsonLinesCopy also write the assignments as JSON Lines: the same rows as the CSV
 */
public record SampleFiles(boolean gzip, boolean jsonLinesCopy) {

    /** The layout of the committed {@code sample-data/}: every importer format appears, in a few MB. */
    public static final SampleFiles SAMPLE_DATA = new SampleFiles(true, true);

    /** Plain CSV only, for import benchmarks. */
    public static final SampleFiles PLAIN = new SampleFiles(false, false);

    String assignmentsCsvName() {
        return gzip ? "assignments.csv.gz" : "assignments.csv";
    }

    String assignmentsJsonLinesName() {
        return gzip ? "assignments.jsonl.gz" : "assignments.jsonl";
    }

    String eventsName() {
        return gzip ? "events.csv.gz" : "events.csv";
    }
}
