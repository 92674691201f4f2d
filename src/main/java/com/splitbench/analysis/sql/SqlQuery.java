package com.splitbench.analysis.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A query made of common table expressions and a final SELECT. It runs as one statement
 * ({@code WITH ... SELECT ...}), or, on engines that re-evaluate a CTE for every row that joins it (H2 plans CTEs
 * as views, so a join becomes quadratic), as steps: each CTE into an indexed temporary table, then the SELECT.
 */
public final class SqlQuery {

    /** One {@code name AS (body)}. */
    record Cte(String name, SqlText body) {
    }

    private final SqlDialect dialect;
    private final List<Cte> ctes;
    private final SqlText select;

    SqlQuery(SqlDialect dialect, List<Cte> ctes, SqlText select) {
        this.dialect = dialect;
        this.ctes = List.copyOf(ctes);
        this.select = select;
    }

    /** A query that is a single SELECT. */
    static SqlQuery of(SqlText select) {
        return new SqlQuery(select.dialect(), List.of(), select);
    }

    SqlDialect dialect() {
        return dialect;
    }

    List<Cte> ctes() {
        return ctes;
    }

    SqlText select() {
        return select;
    }

    /** The query as one statement. */
    public SqlText single() {
        SqlText text = new SqlText(dialect);
        for (int i = 0; i < ctes.size(); i++) {
            text.add(i == 0 ? "WITH " : ",\n").add(ctes.get(i).name()).add(" AS (\n").add(ctes.get(i).body())
                    .add("\n)");
        }
        return text.add(ctes.isEmpty() ? "" : "\n").add(select);
    }

    /** The statements of the step-by-step form, for display and hashing. */
    List<SqlText> steps() {
        List<SqlText> steps = new ArrayList<>();
        for (Cte cte : ctes) {
            steps.add(new SqlText(dialect).add("CREATE LOCAL TEMPORARY TABLE " + cte.name() + " AS (\n")
                    .add(cte.body()).add("\n)"));
        }
        steps.add(select);
        return steps;
    }

    @Override
    public String toString() {
        return single().sql();
    }
}
