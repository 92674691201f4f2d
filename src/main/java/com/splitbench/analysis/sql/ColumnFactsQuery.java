package com.splitbench.analysis.sql;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which per-user table columns are binary (rule 15): of SQL type BOOLEAN, or holding at least one value and only
 * the values 0 and 1. Read from the experiment's rows.
 */
final class ColumnFactsQuery {

    private ColumnFactsQuery() {
    }

    static SqlQuery build(AnalysisPlan plan) {
        SqlDialect d = plan.dialect();
        CteList ctes = new CteList(d);
        PopulationCtes.append(ctes, plan);
        SqlText select = new SqlText(d).add("SELECT ");
        List<String> columns = plan.userTableColumns();
        for (int c = 0; c < columns.size(); c++) {
            String col = "col_" + c;
            select.add((c == 0 ? "" : ", ") + "CAST(COUNT(" + col + ") AS " + d.bigintType() + "), CAST(SUM(CASE WHEN "
                    + col + " IS NULL OR " + col + " = 0 OR " + col + " = 1 THEN 0 ELSE 1 END) AS " + d.bigintType()
                    + ")");
        }
        if (columns.isEmpty()) {
            select.add("1");
        }
        return ctes.select(select.add(" FROM sb_a"));
    }

    static Set<String> readBinaryColumns(Rows rows, AnalysisPlan plan) throws SQLException {
        Set<String> binary = new HashSet<>(plan.booleanColumns());
        List<String> columns = plan.userTableColumns();
        if (rows.next()) {
            for (int c = 0; c < columns.size(); c++) {
                long values = rows.getLong(1 + 2 * c);
                long other = rows.getLong(2 + 2 * c);
                if (values > 0 && other == 0) {
                    binary.add(columns.get(c));
                }
            }
        }
        return binary;
    }
}
