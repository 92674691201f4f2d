package com.splitbench.analysis.sql;

/**
 * Spark SQL 3.1 or later (through the Thrift server's Hive JDBC driver or Databricks' driver), for
 * {@code unix_millis}. Integer division is {@code DIV}; identifiers are quoted with backticks.
 */
public final class SparkSqlDialect extends SqlDialect {

    @Override
    public String name() {
        return "sparksql";
    }

    @Override
    public String displayName() {
        return "Spark SQL";
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
    public String doubleType() {
        return "DOUBLE";
    }

    @Override
    public String textType() {
        return "STRING";
    }

    @Override
    public String epochMillis(String timestampSql) {
        return "unix_millis(CAST(" + timestampSql + " AS TIMESTAMP))";
    }

    @Override
    public SqlText integerDivide(SqlText dividend, String divisor) {
        return new SqlText(this).add("(").add(dividend).add(") DIV " + divisor);
    }

    @Override
    public String jsonText(String columnSql, String key) {
        return "get_json_object(" + columnSql + ", " + jsonPath(key) + ")";
    }
}
