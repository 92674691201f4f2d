package com.splitbench.report.file;

/**
 * The bounds a report file must stay within. Reading a file from someone else must never exhaust memory or time,
 * so every size is capped before it is allocated: the file, its decompressed JSON, each string, each array and
 * object, the nesting depth and the number of tokens. The limits are far above what a real analysis produces
 * (measured: 20 metrics, 3 variants, 5 dimensions of 10 values and 60 days give 1 MB of JSON, 0.3 MB zipped; 50
 * metrics, 5 variants, 10 dimensions of 50 values and 400 days give 29 MB, 8 MB zipped), and saving checks the same
 * limits, so that every report Splitbench writes also opens.
 */
public final class ReportLimits {

    /** The report file on disk (compressed). */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    /** The JSON inside, after decompression: a zip bomb stops here. */
    public static final long MAX_JSON_BYTES = 128L * 1024 * 1024;
    /** JSON tokens (each number, string, bracket): bounds the memory the bound data takes. */
    public static final long MAX_TOKENS = 5_000_000;
    /** Nesting of arrays and objects; the format needs 9. */
    public static final int MAX_DEPTH = 32;
    /** Elements of any one array or members of any one object. */
    public static final int MAX_CONTAINER_SIZE = 100_000;
    /** Any one string, before the field's own limit applies. */
    public static final int MAX_STRING_CHARS = 1_000_000;
    /** Digits of any one number. */
    public static final int MAX_NUMBER_CHARS = 64;

    /** Names: experiment, metrics, variants, dimensions, segment values. */
    public static final int MAX_NAME = 200;
    /** An imported file's name. */
    public static final int MAX_FILE_NAME = 255;
    /** Day labels, app versions, decision words. */
    public static final int MAX_LABEL = 64;
    public static final int MAX_VARIANTS = 100;
    public static final int MAX_METRICS = 500;
    public static final int MAX_DIMENSIONS = 200;
    public static final int MAX_SEGMENT_VALUES = 1_000;
    public static final int MAX_SERIES_POINTS = 10_000;
    public static final int MAX_HISTOGRAM_BINS = 1_000;
    public static final int MAX_SOURCE_FILES = 10_000;
    public static final int MAX_TABLES = 1_000;
    /** Largest count stored exactly in a double: moments carry n as a double. */
    public static final double MAX_EXACT_COUNT = 9_007_199_254_740_992d;

    private ReportLimits() {
    }
}
