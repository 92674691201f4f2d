package com.splitbench.analysis.sql;

import com.splitbench.analysis.model.Distribution;
import com.splitbench.analysis.sql.MetricExpressions.Cap;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-variant histograms of each metric's per-user values (rule 20) on bins computed in Java from the pooled
 * range, so that the bin arithmetic ((y − lo) / width, truncated) is the same IEEE double arithmetic as the local
 * engine's. Bin -1 counts the values above the range.
 */
final class HistogramQuery {

    static final int BINS = 30;
    /** The top of the histogram range: the pooled 99th percentile, so that a few whales do not squash it. */
    static final double RANGE_QUANTILE = 0.99;

    private HistogramQuery() {
    }

    /** The shared bins of one metric. */
    record Range(double lo, double hi, int bins) {

        /** As the local engine: binary metrics get bins 0 and 1; an empty range becomes one unit wide. */
        static Range of(boolean binary, double min, double p99) {
            double lo = binary ? 0 : min;
            double hi = binary ? 2 : p99;
            if (!(hi > lo)) {
                hi = lo + 1;
            }
            return new Range(lo, hi, binary ? 2 : BINS);
        }

        double width() {
            return (hi - lo) / bins;
        }
    }

    static SqlQuery build(AnalysisPlan plan, Map<Integer, Cap> caps, Map<Integer, Range> ranges) {
        SqlDialect d = plan.dialect();
        CteList ctes = new CteList(d);
        UserValueCtes.appendValues(ctes, plan, UserValueCtes.appendRaw(ctes, plan), caps, "");
        SqlText binned = new SqlText(d);
        for (PlannedMetric metric : plan.metrics()) {
            Range range = ranges.get(metric.index());
            SqlText offset = new SqlText(d).add(metric.y() + " - ").bindDouble(range.lo());
            binned.add(binned.isEmpty() ? "SELECT " : "\n  UNION ALL SELECT ").add(metric.index()
                    + " AS metric_index, variant_name, CASE WHEN " + metric.y() + " > ").bindDouble(range.hi())
                    .add(" THEN -1 ELSE LEAST(").bindLong(range.bins() - 1L).add(", CAST(FLOOR((").add(offset)
                    .add(") / ").bindDouble(range.width()).add(") AS " + d.bigintType() + ")) END AS bin FROM sb_vals");
        }
        return ctes.select(new SqlText(d).add("SELECT metric_index, bin, variant_name, CAST(COUNT(*) AS "
                + d.bigintType() + ")\n  FROM (").add(binned).add(") binned GROUP BY metric_index, bin, variant_name"));
    }

    /** Builds each metric's {@link Distribution} from the count rows. */
    static Map<Integer, Distribution> read(Rows rows, Map<Integer, Range> ranges, List<String> variants)
            throws SQLException {
        Map<Integer, long[][]> counts = new HashMap<>();
        Map<Integer, long[]> above = new HashMap<>();
        ranges.forEach((metric, range) -> {
            counts.put(metric, new long[variants.size()][range.bins()]);
            above.put(metric, new long[variants.size()]);
        });
        while (rows.next()) {
            int metric = (int) rows.getLong(1);
            int bin = (int) rows.getLong(2);
            int variant = variants.indexOf(rows.getString(3));
            long count = rows.getLong(4);
            if (bin < 0) {
                above.get(metric)[variant] += count;
            } else {
                counts.get(metric)[variant][bin] += count;
            }
        }
        Map<Integer, Distribution> result = new HashMap<>();
        ranges.forEach((metric, range) -> {
            List<Double> edges = new ArrayList<>();
            double width = range.width();
            for (int b = 0; b <= range.bins(); b++) {
                edges.add(range.lo() + b * width);
            }
            List<List<Long>> perVariant = new ArrayList<>();
            List<Long> aboveList = new ArrayList<>();
            for (int v = 0; v < variants.size(); v++) {
                perVariant.add(java.util.Arrays.stream(counts.get(metric)[v]).boxed().toList());
                aboveList.add(above.get(metric)[v]);
            }
            result.put(metric, new Distribution(edges, perVariant, aboveList));
        });
        return result;
    }
}
