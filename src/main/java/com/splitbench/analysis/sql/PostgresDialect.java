package com.splitbench.analysis.sql;

import java.util.List;

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

    /**
     * PostgreSQL has no statistics for CTE results and estimates a filter on a window function's output (the first
     * assignment row of each unit) at 0.5 % of the rows, so it plans nested loops between user-sized relations,
     * which take hours where hash joins take seconds. Every join here is an equi-join on the unit, so nested loops
     * are switched off for the statement's transaction.
     */
    @Override
    public List<String> transactionSettings() {
        return List.of("SET LOCAL enable_nestloop = off");
    }

    @Override
    public boolean keepsTemporaryTables() {
        return true;
    }

    @Override
    public String dropTemporaryTable(String name) {
        return "DROP TABLE IF EXISTS pg_temp." + name;
    }

    /** A temporary table has no statistics until it is analysed, and the planner needs them to choose hash joins. */
    @Override
    public List<String> afterCreatingTemporaryTable(String name) {
        return List.of("ANALYZE " + name);
    }

    @Override
    public String jsonText(String columnSql, String key) {
        Identifiers.requireValidPart(key);
        return "(CAST(" + columnSql + " AS JSONB) ->> '" + key + "')";
    }
}
