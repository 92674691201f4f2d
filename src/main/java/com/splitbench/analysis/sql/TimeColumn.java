package com.splitbench.analysis.sql;

/** A time column and how its values encode an instant; all are turned into epoch milliseconds (UTC). */
public record TimeColumn(String column, Encoding encoding) {

    /** How a time column stores instants. */
    public enum Encoding {
        /** A TIMESTAMP holding UTC (see the dialect's notes for time-zone types). */
        TIMESTAMP,
        /** An integer number of milliseconds since 1970-01-01T00:00:00Z. */
        EPOCH_MILLIS,
        /** An integer number of seconds since 1970-01-01T00:00:00Z. */
        EPOCH_SECONDS
    }

    public TimeColumn {
        Identifiers.requireValid(column, "time column");
        encoding = encoding == null ? Encoding.TIMESTAMP : encoding;
    }

    public static TimeColumn timestamp(String column) {
        return new TimeColumn(column, Encoding.TIMESTAMP);
    }

    public static TimeColumn epochMillis(String column) {
        return new TimeColumn(column, Encoding.EPOCH_MILLIS);
    }

    /** Epoch milliseconds of this column of the row alias {@code row}. */
    String millisSql(SqlDialect dialect, String row) {
        String column = row + "." + dialect.quote(this.column);
        return switch (encoding) {
            case TIMESTAMP -> dialect.epochMillis(column);
            case EPOCH_MILLIS -> "CAST(" + column + " AS " + dialect.bigintType() + ")";
            case EPOCH_SECONDS -> "CAST(" + column + " AS " + dialect.bigintType() + ") * 1000";
        };
    }

    TimeColumn withColumn(String resolved) {
        return new TimeColumn(resolved, encoding);
    }
}
