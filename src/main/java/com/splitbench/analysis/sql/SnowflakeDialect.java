package com.splitbench.analysis.sql;

/** Snowflake. Unquoted names are stored in upper case; {@code /} gives a decimal, so days are floored. */
public final class SnowflakeDialect extends SqlDialect {

    @Override
    public String name() {
        return "snowflake";
    }

    @Override
    public String displayName() {
        return "Snowflake";
    }

    @Override
    protected IdentifierCase identifierCase() {
        return IdentifierCase.UPPER;
    }

    @Override
    public String doubleType() {
        return "DOUBLE";
    }

    @Override
    public String epochMillis(String timestampSql) {
        return "DATE_PART(EPOCH_MILLISECOND, " + timestampSql + ")";
    }

    @Override
    public SqlText integerDivide(SqlText dividend, String divisor) {
        return new SqlText(this).add("CAST(FLOOR((").add(dividend).add(") / " + divisor + ") AS BIGINT)");
    }

    @Override
    public String jsonText(String columnSql, String key) {
        Identifiers.requireValidPart(key);
        return "JSON_EXTRACT_PATH_TEXT(" + columnSql + ", '" + key + "')";
    }
}
