package com.splitbench.analysis.sql;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * First exposures per calendar day and variant (rule 19), and analysed users per segment value and variant of
 * each dimension offered as a breakdown (for SRM per segment). Day rows have {@code dim_index} -1.
 */
final class ExposureQuery {

    private ExposureQuery() {
    }

    /** One summary row: a day (dimension -1) or a segment value of a dimension, a variant and a user count. */
    record CountRow(int dimension, long day, String segment, String variant, long users) {
    }

    static SqlQuery build(AnalysisPlan plan, SqlTimeline timeline, List<Integer> dimensions) {
        SqlDialect d = plan.dialect();
        CteList ctes = new CteList(d);
        PopulationCtes.append(ctes, plan);
        String big = d.bigintType();
        SqlText select = new SqlText(d).add("SELECT -1 AS dim_index, day_index, CAST(NULL AS " + d.textType()
                + ") AS segment, variant_name, CAST(COUNT(*) AS " + big + ") AS users\n  FROM (SELECT ")
                .add(timeline.calendarDay(d, "exposed_ms")).add(" AS day_index, variant_name FROM sb_users) days"
                        + "\n  GROUP BY day_index, variant_name");
        for (int k : dimensions) {
            select.add("\nUNION ALL SELECT " + k + ", CAST(0 AS " + big + "), dim_" + k + ", variant_name, "
                    + "CAST(COUNT(*) AS " + big + ") FROM sb_users GROUP BY dim_" + k + ", variant_name");
        }
        return ctes.select(select);
    }

    static List<CountRow> read(Rows rows) throws SQLException {
        List<CountRow> result = new ArrayList<>();
        while (rows.next()) {
            result.add(new CountRow((int) rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                    rows.getLong(5)));
        }
        return result;
    }
}
