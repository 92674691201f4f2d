package com.splitbench.analysis.sql;

import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.sql.MetricExpressions.Cap;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per-variant moments of every metric from the per-user values: overall ({@code branch} -1), per segment value of
 * each offered dimension ({@code branch} = the dimension's index), and, for column metrics of a per-user table
 * with exposure times, per exposure day ({@code branch} -2; those values do not change after exposure).
 */
final class MomentsQuery {

    static final int OVERALL = -1;
    static final int EXPOSURE_DAY = -2;

    private MomentsQuery() {
    }

    /** One summary row: which grouping, its key, the variant and each metric's moments in plan order. */
    record MomentsRow(int branch, String segment, long day, String variant, List<Moments> moments) {
    }

    /**
     * @param exposureDays the timeline when the per-exposure-day branch is wanted
     */
    static SqlQuery build(AnalysisPlan plan, Map<Integer, Cap> caps, List<Integer> dimensions,
            Optional<SqlTimeline> exposureDays) {
        SqlDialect d = plan.dialect();
        CteList ctes = new CteList(d);
        UserValueCtes.appendValues(ctes, plan, UserValueCtes.appendRaw(ctes, plan), caps, "");
        String sums = MomentsSums.selectItems(plan.metrics());
        String text = d.textType();
        String big = d.bigintType();
        SqlText select = new SqlText(d).add("SELECT " + OVERALL + " AS branch, CAST(NULL AS " + text
                + ") AS segment, CAST(0 AS " + big + ") AS day_index, variant_name" + sums
                + "\n  FROM sb_vals GROUP BY variant_name");
        for (int k : dimensions) {
            select.add("\nUNION ALL SELECT " + k + ", dim_" + k + ", CAST(0 AS " + big + "), variant_name" + sums
                    + "\n  FROM sb_vals GROUP BY dim_" + k + ", variant_name");
        }
        exposureDays.ifPresent(timeline -> select.add("\nUNION ALL SELECT " + EXPOSURE_DAY + ", CAST(NULL AS " + text
                + "), day_index, variant_name" + sums + "\n  FROM (SELECT ")
                .add(timeline.calendarDay(d, "exposed_ms"))
                .add(" AS day_index, sb_vals.* FROM sb_vals) by_day GROUP BY day_index, variant_name"));
        return ctes.select(select);
    }

    static List<MomentsRow> read(Rows rows, int metrics) throws SQLException {
        List<MomentsRow> result = new ArrayList<>();
        while (rows.next()) {
            List<Moments> moments = new ArrayList<>(metrics);
            for (int m = 0; m < metrics; m++) {
                moments.add(MomentsSums.read(rows, 5 + m * Moments.WIDTH));
            }
            result.add(new MomentsRow((int) rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getString(4),
                    moments));
        }
        return result;
    }
}
