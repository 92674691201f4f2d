package com.splitbench.analysis.sql;

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
    public String jsonText(String columnSql, String key) {
        throw unsupported("H2 cannot read keys of a JSON context column. Map the context keys to columns with a "
                + "SQL query as the assignment source, or use dimension columns.");
    }
}
