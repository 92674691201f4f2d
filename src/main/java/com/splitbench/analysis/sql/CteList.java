package com.splitbench.analysis.sql;

import java.util.ArrayList;
import java.util.List;

/** Collects named common table expressions, in order, for a {@link SqlQuery}. */
final class CteList {

    private final SqlDialect dialect;
    private final List<SqlQuery.Cte> ctes = new ArrayList<>();

    CteList(SqlDialect dialect) {
        this.dialect = dialect;
    }

    SqlDialect dialect() {
        return dialect;
    }

    /** Adds {@code name AS (body)}. Names start with {@code sb_} so that they never hide a user's table. */
    CteList add(String name, SqlText body) {
        ctes.add(new SqlQuery.Cte(name, body));
        return this;
    }

    /** The whole query: the common table expressions, then {@code select}. */
    SqlQuery select(SqlText select) {
        return new SqlQuery(dialect, ctes, select);
    }
}
