package com.splitbench.ui.charts;

import com.splitbench.analysis.model.Distribution;
import com.splitbench.analysis.model.ExposureSeries;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.LiftSeries;
import com.splitbench.analysis.result.ResultRow;
import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.Direction;
import com.splitbench.stats.inference.Interval;
import java.util.ArrayList;
import java.util.List;

/**
 * What the charts draw, as plain records computed from the analysis: pure and Node-free, so a worker thread
 * builds them and tests check them without a chart.
 */
public final class ChartData {

    /** How a forest-plot row is coloured. */
    public enum Outcome { BETTER, WORSE, INCONCLUSIVE }

    /** One row of the forest plot: a metric and variant, its estimate and interval. */
    public record ForestRow(String label, double estimate, double low, double high, Outcome outcome) {
    }

    /** One point of a line with a band: the cumulative lift and its interval. */
    public record BandPoint(double x, String label, double value, double low, double high) {
    }

    /** One variant's histogram: bin edges shared by all variants, and the share of its users in each bin. */
    public record Histogram(String variant, List<Double> shares, long above, long users) {
    }

    /** The histograms of one metric. */
    public record Histograms(List<Double> edges, List<Histogram> variants) {
    }

    /** One variant's exposures per day (daily counts, or cumulative). */
    public record ExposureLine(String variant, List<Long> values) {
    }

    private ChartData() {
    }

    /** Every metric × treatment of the result (× segment), bottom to top in table order. */
    public static List<ForestRow> forest(AnalysisResult result, boolean relative) {
        List<ForestRow> rows = new ArrayList<>();
        for (ResultRow row : result.rows()) {
            if (row.control()) {
                continue;
            }
            var interval = relative ? row.relativeInterval() : row.absoluteInterval();
            var estimate = relative ? row.relativeLift() : row.absoluteDifference();
            double low = interval.asOptional().map(Interval::lower).orElse(Double.NaN);
            double high = interval.asOptional().map(Interval::upper).orElse(Double.NaN);
            String label = row.metric() + " · " + row.variant() + row.segment().map(s -> " · " + s).orElse("");
            rows.add(new ForestRow(label, estimate.asOptional().orElse(Double.NaN), low, high,
                    outcome(interval.asOptional().orElse(null), row.direction())));
        }
        return rows;
    }

    /** The cumulative lift of one treatment over the control, by calendar day or by days since exposure. */
    public static List<BandPoint> lift(MetricStatistics metric, int control, int treatment,
                                       AnalysisSettings settings, boolean calendar, boolean relative) {
        List<BandPoint> points = new ArrayList<>();
        int index = 0;
        for (LiftSeries.Point point : LiftSeries.compute(metric, control, treatment, settings, calendar)) {
            var estimate = relative ? point.relativeLift() : point.absoluteDifference();
            var interval = relative ? point.relativeInterval() : point.absoluteInterval();
            if (estimate.isComputed() && interval.isComputed()) {
                Interval ci = interval.orElseThrow();
                double x = calendar ? index : Double.parseDouble(point.label());
                points.add(new BandPoint(x, point.label(), estimate.orElseThrow(), ci.lower(), ci.upper()));
            }
            index++;
        }
        return points;
    }

    /** Each variant's share of users per bin of the metric's per-user values. */
    public static Histograms histograms(MetricStatistics metric, List<String> variants) {
        Distribution distribution = metric.distribution();
        List<Histogram> histograms = new ArrayList<>();
        for (int v = 0; v < distribution.counts().size() && v < variants.size(); v++) {
            List<Long> counts = distribution.counts().get(v);
            long above = distribution.above().isEmpty() ? 0 : distribution.above().get(v);
            long users = counts.stream().mapToLong(Long::longValue).sum() + above;
            List<Double> shares = counts.stream().map(c -> users == 0 ? 0.0 : (double) c / users).toList();
            histograms.add(new Histogram(variants.get(v), shares, above, users));
        }
        return new Histograms(distribution.edges(), histograms);
    }

    /**
     * Whether the exposures carry real times. A per-user table without a time column puts every user at the epoch,
     * which is not a date anyone was exposed on.
     */
    public static boolean timesKnown(ExposureSeries series) {
        return !series.days().isEmpty() && !(series.days().size() == 1 && series.days().get(0).equals("1970-01-01"));
    }

    /** First exposures per variant and day, or their running totals. */
    public static List<ExposureLine> exposures(ExposureSeries series, List<String> variants, boolean cumulative) {
        List<ExposureLine> lines = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            List<Long> values = new ArrayList<>();
            long total = 0;
            for (List<Long> day : series.counts()) {
                long count = v < day.size() ? day.get(v) : 0;
                total += count;
                values.add(cumulative ? total : count);
            }
            lines.add(new ExposureLine(variants.get(v), values));
        }
        return lines;
    }

    private static Outcome outcome(Interval interval, Direction direction) {
        if (interval == null || !interval.excludes(0)) {
            return Outcome.INCONCLUSIVE;
        }
        boolean up = interval.lower() > 0;
        return up == (direction == Direction.HIGHER_IS_BETTER) ? Outcome.BETTER : Outcome.WORSE;
    }
}
