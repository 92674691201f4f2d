package com.splitbench.analysis.sql;

/**
 * Google BigQuery (Standard SQL, through the Simba JDBC driver). Integer division is {@code DIV}; identifiers are
 * quoted with backticks, so a project id with hyphens works as a table name part. Time columns must be of type
 * TIMESTAMP; a DATETIME column holding UTC can be wrapped with {@code TIMESTAMP(...)} in a query source.
 */
public final class BigQueryDialect extends SqlDialect {

    @Override
    public String name() {
        return "bigquery";
    }

    @Override
    public String displayName() {
        return "BigQuery";
    }

    @Override
    protected char quoteChar() {
        return '`';
    }

    @Override
    protected IdentifierCase identifierCase() {
        return IdentifierCase.INSENSITIVE;
    }

    @Override
    public String bigintType() {
        return "INT64";
    }

    @Override
    public String doubleType() {
        return "FLOAT64";
    }

    @Override
    public String textType() {
        return "STRING";
    }

    @Override
    public String epochMillis(String timestampSql) {
        return "UNIX_MILLIS(" + timestampSql + ")";
    }

    @Override
    public SqlText integerDivide(SqlText dividend, String divisor) {
        return new SqlText(this).add("DIV(").add(dividend).add(", " + divisor + ")");
    }

    @Override
    public String jsonText(String columnSql, String key) {
        return "JSON_VALUE(" + columnSql + ", " + jsonPath(key) + ")";
    }
}
