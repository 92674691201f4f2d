package com.splitbench.analysis.sql;

import java.util.List;

/** H2 2.x (in-memory in tests; the workspace database is H2 too). */
public final class H2Dialect extends SqlDialect {

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public String displayName() {
        return "H2";
    }

    @Override
    protected IdentifierCase identifierCase() {
        return IdentifierCase.UPPER;
    }

    @Override
    public String epochMillis(String timestampSql) {
        return "DATEDIFF(MILLISECOND, TIMESTAMP '1970-01-01 00:00:00', " + timestampSql + ")";
    }

    /** H2 plans a CTE as a view and runs it again for every row that joins it. */
    @Override
    public boolean reevaluatesCtes() {
        return true;
    }

    @Override
    public boolean keepsTemporaryTables() {
        return true;
    }

    @Override
    public SqlText createTemporaryTable(String name, SqlText query) {
        return new SqlText(this).add("CREATE LOCAL TEMPORARY TABLE " + name + " AS (\n").add(query).add("\n)");
    }

    /** Without an index on the unit, H2 joins a temporary table by scanning it once per row of the other side. */
    @Override
    public List<String> afterCreatingTemporaryTable(String name) {
        return List.of("CREATE INDEX " + name + "_unit ON " + name + " (unit_id)");
    }

    @Override
    public String jsonText(String columnSql, String key) {
        throw unsupported("H2 cannot read keys of a JSON context column. Map the context keys to columns with a "
                + "SQL query as the assignment source, or use dimension columns.");
    }
}
