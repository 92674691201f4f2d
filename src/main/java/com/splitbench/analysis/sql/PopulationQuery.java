package com.splitbench.analysis.sql;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * Who is in the experiment: every variant named in its rows, analysed users per variant with their first and last
 * exposure, the exclusion counts, and the number of distinct values of each dimension among analysed users (to
 * leave out dimensions with too many values to be a useful breakdown). One row per fact, tagged by {@code row_kind}.
 */
final class PopulationQuery {

    private static final int VARIANT = 0;
    private static final int USERS = 1;
    private static final int HEALTH = 2;
    private static final int DIMENSION = 3;

    private PopulationQuery() {
    }

    /** What the population query found. */
    record Population(List<String> variants, Map<String, Long> users, OptionalLong firstExposure,
            OptionalLong lastExposure, long assignedUsers, long multipleVariantUsers, long outsideRangeUsers,
            long[] distinctValues) {

        long usersOf(String variant) {
            return users.getOrDefault(variant, 0L);
        }
    }

    static SqlQuery build(AnalysisPlan plan) {
        SqlDialect d = plan.dialect();
        String big = d.bigintType();
        CteList ctes = new CteList(d);
        if (plan.isTemporaryTable(TemporaryRelations.STATUS)) {
            // The variants named in any row, not only in each unit's first row, come from the rows themselves.
            PopulationCtes.appendRows(ctes, plan);
        }
        PopulationCtes.append(ctes, plan);
        SqlText select = new SqlText(d).add("SELECT " + VARIANT + " AS row_kind, variant_name AS name, CAST(0 AS "
                + big + ") AS n1, CAST(0 AS " + big + ") AS n2, CAST(0 AS " + big + ") AS n3 FROM sb_a GROUP BY "
                + "variant_name\nUNION ALL SELECT " + USERS + ", variant_name, CAST(COUNT(*) AS " + big
                + "), MIN(exposed_ms), MAX(exposed_ms) FROM sb_users GROUP BY variant_name\nUNION ALL SELECT " + HEALTH
                + ", CAST(NULL AS " + d.textType() + "), CAST(COUNT(*) AS " + big + "), CAST(SUM(multiple) AS " + big
                + "), CAST(SUM(CASE WHEN multiple = 0 AND analysed = 0 THEN 1 ELSE 0 END) AS " + big
                + ") FROM sb_status");
        for (int k = 0; k < plan.dimensionNames().size(); k++) {
            select.add("\nUNION ALL SELECT " + DIMENSION + ", CAST(NULL AS " + d.textType() + "), CAST(" + k + " AS "
                    + big + "), CAST(COUNT(DISTINCT dim_" + k + ") + MAX(CASE WHEN dim_" + k
                    + " IS NULL THEN 1 ELSE 0 END) AS " + big + "), CAST(0 AS " + big + ") FROM sb_users");
        }
        return ctes.select(select);
    }

    static Population read(Rows rows, int dimensions) throws SQLException {
        TreeSet<String> variants = new TreeSet<>();
        Map<String, Long> users = new HashMap<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long[] health = new long[3];
        long[] distinct = new long[dimensions];
        while (rows.next()) {
            int kind = (int) rows.getLong(1);
            switch (kind) {
                case VARIANT -> variants.add(rows.getString(2));
                case USERS -> {
                    users.put(rows.getString(2), rows.getLong(3));
                    first = Math.min(first, rows.getLong(4));
                    last = Math.max(last, rows.getLong(5));
                }
                case HEALTH -> {
                    health[0] = rows.getLong(3);
                    health[1] = rows.getLong(4);
                    health[2] = rows.getLong(5);
                }
                case DIMENSION -> distinct[(int) rows.getLong(3)] = rows.getLong(4);
                default -> throw new SQLException("Unexpected row kind " + kind);
            }
        }
        return new Population(new ArrayList<>(variants), users,
                first == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(first),
                last == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(last), health[0], health[1],
                health[2], distinct);
    }
}
