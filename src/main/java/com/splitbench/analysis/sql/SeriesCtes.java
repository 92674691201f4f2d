package com.splitbench.analysis.sql;

import com.splitbench.analysis.sql.MetricExpressions.Cap;
import java.util.List;
import java.util.Map;

/**
 * The building blocks of the cumulative time series, shared by the calendar and the days-since-exposure series.
 * Instead of one query per day, each user's in-window events are summed per user and day ({@code ud}); window
 * functions give each user's running aggregate before and after each of their days ({@code steps}); and the
 * change in the user's contribution to Σy, Σy², … on that day ({@code changes}) is summed per day and variant.
 * Java then prefix-sums the days. This is the method of the local engine's CumulativeSeries, in SQL, and it
 * scales with the number of user-days with events, not with users × days.
 */
final class SeriesCtes {

    private SeriesCtes() {
    }

    /**
     * Appends {@code ud}: per user, variant and day (-1 for events before exposure, which only feed the CUPED
     * covariate) the sums of each event metric's amounts, from {@code ue} (one row per user × event).
     */
    static void appendUserDays(CteList ctes, AnalysisPlan plan, SqlText userEvents) {
        SqlDialect d = plan.dialect();
        ctes.add("sb_ue", userEvents);
        SqlText sql = new SqlText(d).add("SELECT unit_id, variant_name, day_index");
        for (PlannedMetric metric : plan.eventMetrics()) {
            sql.add(",\n    SUM(").add(MetricExpressions.windowAmount(metric, metric.numerator().orElseThrow(), "ue.",
                    "ue.", d)).add(") AS " + metric.num());
            if (metric.isRatio()) {
                sql.add(",\n    SUM(").add(MetricExpressions.windowAmount(metric, metric.denominator().orElseThrow(),
                        "ue.", "ue.", d)).add(") AS " + metric.den());
            }
            if (metric.hasCovariate()) {
                sql.add(",\n    SUM(").add(MetricExpressions.covariateAmount(metric, "ue.", "ue.", d)).add(") AS "
                        + metric.cov());
            }
        }
        ctes.add("sb_ud", sql.add("\n  FROM sb_ue ue GROUP BY unit_id, variant_name, day_index"));
        if (hasCovariates(plan)) {
            SqlText covariates = new SqlText(d).add("SELECT unit_id");
            plan.eventMetrics().stream().filter(PlannedMetric::hasCovariate)
                    .forEach(m -> covariates.add(", SUM(" + m.cov() + ") AS " + m.cov()));
            ctes.add("sb_covariates", covariates.add(" FROM sb_ud WHERE day_index < 0 GROUP BY unit_id"));
        }
    }

    static boolean hasCovariates(AnalysisPlan plan) {
        return plan.eventMetrics().stream().anyMatch(PlannedMetric::hasCovariate);
    }

    /** The join that brings each user's raw covariates ({@code c.cov_M}) next to a relation aliased {@code on}. */
    static String covariateJoin(AnalysisPlan plan, String on) {
        return hasCovariates(plan) ? " LEFT JOIN sb_covariates c ON c.unit_id = " + on + ".unit_id" : "";
    }

    /** Appends {@code steps} (running aggregates before and after each user-day) and {@code changes}. */
    static void appendChanges(CteList ctes, AnalysisPlan plan, Map<Integer, Double> caps) {
        SqlDialect d = plan.dialect();
        SqlText steps = new SqlText(d).add("SELECT unit_id, variant_name, day_index");
        for (PlannedMetric metric : plan.eventMetrics()) {
            appendRunning(steps, metric.num());
            if (metric.isRatio()) {
                appendRunning(steps, metric.den());
            }
        }
        ctes.add("sb_steps", steps.add("\n  FROM sb_ud WHERE day_index >= 0"));
        SqlText changes = new SqlText(d).add("SELECT s.day_index, s.variant_name");
        for (PlannedMetric metric : plan.eventMetrics()) {
            Cap cap = Cap.of(caps.get(metric.index()));
            changes.add(",\n    ").add(y(metric, "COALESCE(s." + metric.num() + "_before, 0)", cap, d))
                    .add(" AS y0_" + metric.index() + ", ").add(y(metric, "s." + metric.num() + "_after", cap, d))
                    .add(" AS y1_" + metric.index() + ", " + d(metric, "COALESCE(s." + metric.den() + "_before, 0)")
                            + " AS d0_" + metric.index() + ", " + d(metric, "s." + metric.den() + "_after") + " AS d1_"
                            + metric.index() + ", ").add(x(metric, cap, d)).add(" AS " + metric.x());
        }
        ctes.add("sb_changes", changes.add("\n  FROM sb_steps s" + covariateJoin(plan, "s")));
    }

    private static void appendRunning(SqlText sql, String column) {
        String window = " OVER (PARTITION BY unit_id ORDER BY day_index ROWS BETWEEN UNBOUNDED PRECEDING AND ";
        sql.add(",\n    SUM(" + column + ")" + window + "CURRENT ROW) AS " + column + "_after, SUM(" + column + ")"
                + window + "1 PRECEDING) AS " + column + "_before");
    }

    /** A user's value y from a raw numerator aggregate: finished, then capped. */
    static SqlText y(PlannedMetric metric, String raw, Cap cap, SqlDialect d) {
        return MetricExpressions.capped("(" + MetricExpressions.finish(metric.numerator().orElseThrow(), raw) + ")",
                cap, d);
    }

    /** A user's denominator d from a raw denominator aggregate; 0 for metrics that are not ratios. */
    static String d(PlannedMetric metric, String raw) {
        return metric.isRatio() ? "(" + MetricExpressions.finish(metric.denominator().orElseThrow(), raw) + ")" : "0";
    }

    /** A user's covariate x from the joined {@code covariates} row, capped like y; 0 without CUPED. */
    static SqlText x(PlannedMetric metric, Cap cap, SqlDialect d) {
        if (!metric.hasCovariate()) {
            return new SqlText(d).add("0");
        }
        return y(metric, "COALESCE(c." + metric.cov() + ", 0)", cap, d);
    }

    /**
     * The final select: per day and variant, the sum of each metric's nine moment deltas over the branches
     * (entering users, changes, leaving users). Each branch is a SELECT of {@code day_index, variant_name} and
     * nine deltas per metric.
     */
    static SqlText sumDeltas(AnalysisPlan plan, List<SqlText> branches) {
        SqlDialect d = plan.dialect();
        SqlText sql = new SqlText(d).add("SELECT day_index, variant_name");
        for (PlannedMetric metric : plan.eventMetrics()) {
            for (int i = 0; i < 9; i++) {
                sql.add(", SUM(m" + metric.index() + "_" + i + ")");
            }
        }
        return sql.add("\n  FROM (").join("\n  UNION ALL ", branches)
                .add(") deltas\n  GROUP BY day_index, variant_name");
    }

    /** The delta column aliases of the first branch: {@code AS m3_0, ...}. */
    static String alias(PlannedMetric metric, int i) {
        return " AS m" + metric.index() + "_" + i;
    }
}
