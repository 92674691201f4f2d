package com.splitbench.analysis.sql;

/**
 * Trino and Presto. Timestamps are taken as {@code timestamp} (without time zone) holding UTC; a
 * {@code timestamp with time zone} column should be converted in a query source with {@code AT TIME ZONE 'UTC'}.
 * Trino's only percentile aggregate is approximate, which is one reason percentiles come from order statistics.
 */
public final class TrinoDialect extends SqlDialect {

    @Override
    public String name() {
        return "trino";
    }

    @Override
    public String displayName() {
        return "Trino/Presto";
    }

    @Override
    public String doubleType() {
        return "DOUBLE";
    }

    @Override
    public String epochMillis(String timestampSql) {
        return "to_milliseconds(" + timestampSql + " - TIMESTAMP '1970-01-01 00:00:00')";
    }

    @Override
    public String jsonText(String columnSql, String key) {
        return "json_extract_scalar(" + columnSql + ", " + jsonPath(key) + ")";
    }
}
