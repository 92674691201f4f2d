package com.splitbench.analysis.sql;

import com.splitbench.analysis.sql.MetricExpressions.Cap;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pooled R-7 percentiles of per-user values (capping, rule 13; histogram ranges, rule 20), exact on every engine.
 * No engine's percentile function is used: Trino only approximates, BigQuery's is analytic-only, and H2 computes
 * in decimals that differ from double arithmetic in the last bit, enough to move a value across a histogram bin
 * edge. Instead, for each metric the statement ranks the values ({@code ROW_NUMBER() OVER (ORDER BY value)}) and
 * returns only the smallest and the two order statistics around each wanted quantile; Java interpolates them
 * with the local engine's formula, so the results are the same to the last bit.
 */
final class OrderStatisticsQuery {

    private OrderStatisticsQuery() {
    }

    /** Which quantile of which metric's values: {@code valueSql} over the statement's relation. */
    record Wanted(int metric, String valueSql, double quantile) {
    }

    /** The ranked values of one metric that the statement returned: rank (1-based) → value, and the count. */
    record OrderStatistics(long count, Map<Long, Double> byRank) {

        /** The smallest value, or NaN for no values. */
        double minimum() {
            return count == 0 ? Double.NaN : byRank.get(1L);
        }

        /** The R-7 quantile: h = (n−1)·q, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]); NaN for no values. */
        double r7(double q) {
            if (count == 0) {
                return Double.NaN;
            }
            double h = (count - 1) * q;
            long lo = (long) Math.floor(h);
            long hi = Math.min(lo + 1, count - 1);
            double low = byRank.get(lo + 1);
            return low + (h - lo) * (byRank.get(hi + 1) - low);
        }
    }

    /**
     * @param capped false: rank the raw values in {@code sb_pu}/{@code sb_users}; true: rank the capped per-user
     *     values of {@code sb_vals} (with {@code caps} bound)
     */
    static SqlQuery build(AnalysisPlan plan, boolean capped, Map<Integer, Cap> caps, List<Wanted> wanted) {
        SqlDialect d = plan.dialect();
        CteList ctes = new CteList(d);
        String relation = UserValueCtes.appendRaw(ctes, plan);
        if (capped) {
            UserValueCtes.appendValues(ctes, plan, relation, caps, "");
            relation = "sb_vals";
        }
        SqlText select = new SqlText(d);
        for (Wanted w : wanted) {
            SqlText rank = new SqlText(d).add("FLOOR((cnt - 1) * ").bindDouble(w.quantile()).add(")");
            select.add(select.isEmpty() ? "" : "\nUNION ALL ").add("SELECT " + w.metric() + " AS metric_index, rn, "
                    + "cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, "
                    + "COUNT(*) OVER () AS cnt FROM (SELECT " + w.valueSql() + " AS stat_value FROM " + relation
                    + ") v WHERE stat_value IS NOT NULL) ranked\n  WHERE rn = 1 OR rn = ").add(rank)
                    .add(" + 1 OR rn = LEAST(").add(rank)
                    .add(" + 2, cnt)");
        }
        return ctes.select(select);
    }

    /** The order statistics per metric index; metrics without values have a count of 0. */
    static Map<Integer, OrderStatistics> read(Rows rows, List<Wanted> wanted) throws SQLException {
        Map<Integer, Long> counts = new HashMap<>();
        Map<Integer, Map<Long, Double>> values = new HashMap<>();
        wanted.forEach(w -> {
            counts.put(w.metric(), 0L);
            values.put(w.metric(), new TreeMap<>());
        });
        while (rows.next()) {
            int metric = (int) rows.getLong(1);
            values.get(metric).put(rows.getLong(2), rows.getDouble(4));
            counts.put(metric, rows.getLong(3));
        }
        Map<Integer, OrderStatistics> result = new HashMap<>();
        counts.forEach((metric, count) -> result.put(metric, new OrderStatistics(count, values.get(metric))));
        return result;
    }
}
