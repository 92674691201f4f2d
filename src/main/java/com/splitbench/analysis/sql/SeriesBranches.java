package com.splitbench.analysis.sql;

import java.util.Map;

/**
 * The three kinds of rows whose sums make a cumulative series: a user entering (n + 1, with y at its value before
 * any event and the covariate), a change in a user's running values, and a user leaving (days-since-exposure only:
 * n − 1 with the user's final values). Each has nine deltas per metric in {@link com.splitbench.analysis.model.Moments}
 * order.
 */
final class SeriesBranches {

    private SeriesBranches() {
    }

    /** From {@code entries(day_index, variant_name, x_M)}. */
    static SqlText entering(AnalysisPlan plan, Map<Integer, Double> caps) {
        SqlText sql = new SqlText(plan.dialect()).add("SELECT day_index, variant_name");
        for (PlannedMetric m : plan.eventMetrics()) {
            // A user without events yet has y = the cap of 0 (0 unless the cap is negative) and d = 0.
            double y0 = Math.min(0, caps.get(m.index()));
            String x = m.x();
            sql.add(", 1" + SeriesCtes.alias(m, 0) + ", ").bindDouble(y0).add(SeriesCtes.alias(m, 1) + ", ")
                    .bindDouble(y0 * y0).add(SeriesCtes.alias(m, 2) + ", 0" + SeriesCtes.alias(m, 3) + ", 0"
                            + SeriesCtes.alias(m, 4) + ", 0" + SeriesCtes.alias(m, 5) + ", " + x
                            + SeriesCtes.alias(m, 6) + ", " + x + " * " + x + SeriesCtes.alias(m, 7) + ", " + x + " * ")
                    .bindDouble(y0).add(SeriesCtes.alias(m, 8));
        }
        return sql.add(" FROM sb_entries");
    }

    /** From {@code changes(day_index, variant_name, y0_M, y1_M, d0_M, d1_M, x_M)}. */
    static SqlText changing(AnalysisPlan plan) {
        StringBuilder sql = new StringBuilder("SELECT day_index, variant_name");
        for (PlannedMetric m : plan.eventMetrics()) {
            int i = m.index();
            String y0 = "y0_" + i;
            String y1 = "y1_" + i;
            String d0 = "d0_" + i;
            String d1 = "d1_" + i;
            sql.append(", 0, ").append(y1).append(" - ").append(y0).append(", ").append(y1).append(" * ").append(y1)
                    .append(" - ").append(y0).append(" * ").append(y0).append(", ").append(d1).append(" - ").append(d0)
                    .append(", ").append(d1).append(" * ").append(d1).append(" - ").append(d0).append(" * ").append(d0)
                    .append(", ").append(y1).append(" * ").append(d1).append(" - ").append(y0).append(" * ").append(d0)
                    .append(", 0, 0, ").append(m.x()).append(" * (").append(y1).append(" - ").append(y0).append(')');
        }
        return new SqlText(plan.dialect()).add(sql.append(" FROM sb_changes").toString());
    }

    /** From {@code exits(day_index, variant_name, y_M, d_M, x_M)}. */
    static SqlText leaving(AnalysisPlan plan) {
        StringBuilder sql = new StringBuilder("SELECT day_index, variant_name");
        for (PlannedMetric m : plan.eventMetrics()) {
            String y = m.y();
            String d = m.d();
            String x = m.x();
            sql.append(", -1, -").append(y).append(", -").append(y).append(" * ").append(y).append(", -").append(d)
                    .append(", -").append(d).append(" * ").append(d).append(", -").append(y).append(" * ").append(d)
                    .append(", -").append(x).append(", -").append(x).append(" * ").append(x).append(", -").append(x)
                    .append(" * ").append(y);
        }
        return new SqlText(plan.dialect()).add(sql.append(" FROM sb_exits").toString());
    }
}
