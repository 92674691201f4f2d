package com.splitbench.analysis.sql;

/** DuckDB 1.x. Its {@code /} is floating-point division, so integer division is {@code //}. */
public final class DuckDbDialect extends SqlDialect {

    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public String displayName() {
        return "DuckDB";
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
    public boolean keepsTemporaryTables() {
        return true;
    }

    @Override
    public String dropTemporaryTable(String name) {
        return "DROP TABLE IF EXISTS temp." + name;
    }

    @Override
    public String epochMillis(String timestampSql) {
        return "epoch_ms(" + timestampSql + ")";
    }

    @Override
    public SqlText integerDivide(SqlText dividend, String divisor) {
        return new SqlText(this).add("(").add(dividend).add(") // " + divisor);
    }

    @Override
    public String jsonText(String columnSql, String key) {
        return "json_extract_string(" + columnSql + ", " + jsonPath(key) + ")";
    }
}
