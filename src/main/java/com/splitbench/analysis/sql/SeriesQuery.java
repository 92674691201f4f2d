package com.splitbench.analysis.sql;

import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.sql.MetricExpressions.Cap;
import java.util.List;
import java.util.Map;

/**
 * Both cumulative series of the event metrics in one statement: by calendar day (rule 17: point d holds the users
 * exposed before the end of day d and their in-window events before its end; later days are clamped onto the last)
 * and by days since exposure (rule 18: user u is observed for K_u = ⌊(data end − e_u) / day⌋ full days, at most
 * 400; point k holds the users with K_u ≥ k + 1 and their in-window events before e_u + (k + 1) days).
 *
 * <p>As in the local engine's CumulativeSeries, a point is the sum of changes up to it: a user enters (n + 1, with
 * y at its value before any event and the covariate), each of the user's cells changes Σy, Σy², Σd, Σd², Σyd and
 * Σxy by the difference between the user's values after and before it ({@link SeriesCells}), and, for days since
 * exposure, the user leaves at K_u with the values reached by then. The changes are first summed per calendar day,
 * day since exposure, K and variant ({@code sb_change_sums}, a few thousand rows at most), and the statement
 * returns per-variant rows of five kinds, which {@link SeriesDeltas} adds up.
 */
final class SeriesQuery {

    /** Users entering, by the calendar day of their exposure. */
    static final int CALENDAR_ENTRIES = 0;
    /** Users observed for at least one day, by K: they enter the since-exposure series at 0 and leave it at K. */
    static final int SINCE_ENTRIES = 1;
    /** Changes by calendar day. */
    static final int CALENDAR_CHANGES = 2;
    /** Changes by day since exposure, of cells before the user's K. */
    static final int SINCE_CHANGES = 3;
    /** The same changes by the K of their user, taken back when the user leaves. */
    static final int SINCE_EXITS = 4;

    private SeriesQuery() {
    }

    /** @param caps each event metric's cap (+∞ for none) */
    static SqlQuery build(AnalysisPlan plan, SqlTimeline timeline, Map<Integer, Double> caps) {
        SqlDialect d = plan.dialect();
        CteList ctes = new CteList(d);
        PopulationCtes.append(ctes, plan);
        EventCte.append(ctes, plan);
        SeriesCells.append(ctes, plan, timeline);
        SqlText changes = new SqlText(d).add("SELECT cal_day, since_day, ").add(observedDays(d, timeline, ""))
                .add(", variant_name");
        // Each user's covariates: from sb_pu when it is a temporary table, else from the user's (-1, -1) cell. (A
        // second reference to sb_cells makes PostgreSQL materialise it instead of streaming it into the window.)
        boolean kept = plan.isTemporaryTable(TemporaryRelations.PER_USER);
        String covariates = kept ? "us." : "c.";
        SqlText entries = new SqlText(d).add("SELECT ").add(timeline.calendarDay(d, "us.exposed_ms"))
                .add(" AS cal_day, ").add(observedDays(d, timeline, "us.")).add(", us.variant_name");
        for (PlannedMetric metric : plan.eventMetrics()) {
            Cap cap = Cap.of(caps.get(metric.index()));
            int i = metric.index();
            changes.add(",\n    ").add(SeriesCells.y(metric, "COALESCE(" + metric.num() + "_before, 0)", cap, d))
                    .add(" AS y0_" + i + ", ").add(SeriesCells.y(metric, metric.num() + "_after", cap, d))
                    .add(" AS y1_" + i + ", " + SeriesCells.d(metric, "COALESCE(" + metric.den() + "_before, 0)")
                            + " AS d0_" + i + ", " + SeriesCells.d(metric, metric.den() + "_after") + " AS d1_" + i
                            + ", ").add(SeriesCells.x(metric, metric.cov(), cap, d)).add(" AS " + metric.x());
            // A user without events yet has y = the cap of 0 (0 unless the cap is negative) and d = 0.
            entries.add(", ").bindDouble(Math.min(0, caps.get(i))).add(" AS y0_" + i + ", ")
                    .add(SeriesCells.x(metric, covariates + metric.cov(), cap, d)).add(" AS " + metric.x());
        }
        ctes.add("sb_changes", changes.add("\n  FROM sb_steps WHERE since_day >= 0"));
        ctes.add("sb_change_sums", sums(plan, "cal_day, since_day, observed_days, variant_name", "sb_changes",
                SeriesQuery::changeMoment));
        boolean anyCovariate = plan.eventMetrics().stream().anyMatch(PlannedMetric::hasCovariate);
        ctes.add("sb_entries", entries.add(kept ? " FROM " + TemporaryRelations.PER_USER + " us" : " FROM sb_users us"
                + (anyCovariate ? " LEFT JOIN sb_cells c ON c.unit_id = us.unit_id AND c.since_day < 0" : "")));
        ctes.add("sb_entry_sums", sums(plan, "cal_day, observed_days, variant_name", "sb_entries",
                SeriesQuery::entryMoment));
        String since = " WHERE since_day < observed_days";
        return ctes.select(new SqlText(d).add(total(plan, CALENDAR_ENTRIES, "cal_day", "sb_entry_sums", ""))
                .add(total(plan, SINCE_ENTRIES, "observed_days", "sb_entry_sums", " WHERE observed_days >= 1"))
                .add(total(plan, CALENDAR_CHANGES, "cal_day", "sb_change_sums", ""))
                .add(total(plan, SINCE_CHANGES, "since_day", "sb_change_sums", since))
                .add(total(plan, SINCE_EXITS, "observed_days", "sb_change_sums", since)));
    }

    /** K, the user's full days observed (at most 400), for a row prefix such as "us.". */
    private static SqlText observedDays(SqlDialect d, SqlTimeline timeline, String prefix) {
        SqlText sinceExposure = new SqlText(d).bindLong(timeline.dataEnd()).add(" - " + prefix + "exposed_ms");
        return new SqlText(d).add("LEAST(").add(d.integerDivide(sinceExposure, SqlTimeline.DAY)).add(", ")
                .bindLong(AnalysisPlan.MAX_SERIES_DAYS).add(") AS observed_days");
    }

    /** What one row of a relation adds to moment {@code i} of a metric; "0" when it adds nothing. */
    private interface MomentTerm {
        String of(PlannedMetric metric, int i);
    }

    /** A GROUP BY over {@code relation} with each metric's nine moment sums as {@code mM_i}. */
    private static SqlText sums(AnalysisPlan plan, String keys, String relation, MomentTerm term) {
        StringBuilder sql = new StringBuilder("SELECT " + keys);
        for (PlannedMetric metric : plan.eventMetrics()) {
            sql.append(",\n    ");
            for (int i = 0; i < Moments.WIDTH; i++) {
                String value = term.of(metric, i);
                sql.append(i == 0 ? "" : ", ").append(value.equals("0") ? "0" : "SUM(" + value + ")")
                        .append(" AS m").append(metric.index()).append('_').append(i);
            }
        }
        return new SqlText(plan.dialect()).add(sql.append("\n  FROM ").append(relation).append(" GROUP BY ")
                .append(keys).toString());
    }

    /** A change of the user's values from (y0, d0) to (y1, d1); n, x and x² do not change. */
    private static String changeMoment(PlannedMetric m, int i) {
        int k = m.index();
        String y0 = "y0_" + k;
        String y1 = "y1_" + k;
        String d0 = "d0_" + k;
        String d1 = "d1_" + k;
        boolean ratio = m.isRatio();
        return switch (i) {
            case 1 -> y1 + " - " + y0;
            case 2 -> y1 + " * " + y1 + " - " + y0 + " * " + y0;
            case 3 -> ratio ? d1 + " - " + d0 : "0";
            case 4 -> ratio ? d1 + " * " + d1 + " - " + d0 + " * " + d0 : "0";
            case 5 -> ratio ? y1 + " * " + d1 + " - " + y0 + " * " + d0 : "0";
            case 8 -> m.hasCovariate() ? m.x() + " * (" + y1 + " - " + y0 + ")" : "0";
            default -> "0";
        };
    }

    /** A user entering with y = y0, d = 0 and the covariate x. */
    private static String entryMoment(PlannedMetric m, int i) {
        String y0 = "y0_" + m.index();
        String x = m.x();
        boolean covariate = m.hasCovariate();
        return switch (i) {
            case 0 -> "1";
            case 1 -> y0;
            case 2 -> y0 + " * " + y0;
            case 6 -> covariate ? x : "0";
            case 7 -> covariate ? x + " * " + x : "0";
            case 8 -> covariate ? x + " * " + y0 : "0";
            default -> "0";
        };
    }

    /** One kind of result row: the sums per {@code day} and variant. */
    private static SqlText total(AnalysisPlan plan, int kind, String day, String relation, String where) {
        StringBuilder sql = new StringBuilder(kind == CALENDAR_ENTRIES ? "" : "\nUNION ALL ");
        sql.append("SELECT ").append(kind).append(kind == CALENDAR_ENTRIES ? " AS kind, " : ", ").append(day)
                .append(kind == CALENDAR_ENTRIES ? " AS day_index" : "").append(", variant_name");
        for (PlannedMetric metric : plan.eventMetrics()) {
            for (int i = 0; i < Moments.WIDTH; i++) {
                sql.append(i == 0 ? ",\n    " : ", ").append("SUM(m").append(metric.index()).append('_').append(i)
                        .append(')');
            }
        }
        return new SqlText(plan.dialect()).add(sql.append("\n  FROM ").append(relation).append(where)
                .append(" GROUP BY ").append(day).append(", variant_name").toString());
    }
}
