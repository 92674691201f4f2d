package com.splitbench.analysis.sql;

/** PostgreSQL 12 or later (exact epoch conversion needs 14 or later, where EXTRACT returns numeric). */
public final class PostgresDialect extends SqlDialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String displayName() {
        return "PostgreSQL";
    }

    @Override
    public String epochMillis(String timestampSql) {
        return "CAST(FLOOR(EXTRACT(EPOCH FROM " + timestampSql + ") * 1000) AS BIGINT)";
    }

    @Override
    public String jsonText(String columnSql, String key) {
        Identifiers.requireValidPart(key);
        return "(CAST(" + columnSql + " AS JSONB) ->> '" + key + "')";
    }
}
