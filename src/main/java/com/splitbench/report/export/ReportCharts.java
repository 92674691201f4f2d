package com.splitbench.report.export;

import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.report.export.ReportChart.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;

/**
 * The charts of a set of results: the forest plot, exposures over time, and each metric's cumulative lift for each
 * treatment (by calendar day and by days since exposure). Charts are built with JFreeChart's plain Java2D API, so
 * they render without a display and without JavaFX.
 */
public final class ReportCharts {

    /** Width of every chart, in CSS pixels; PNGs are drawn at twice this for sharp print and zoom. */
    public static final int WIDTH = 900;
    static final int LIFT_HEIGHT = 340;
    static final int EXPOSURE_HEIGHT = 320;

    private ReportCharts() {
    }

    /** Every chart the results support, in reading order. */
    public static List<ReportChart> list(AnalysisResult result) {
        List<ReportChart> charts = new ArrayList<>();
        if (!ForestPlot.rows(result).isEmpty()) {
            charts.add(chart(charts, Kind.FOREST_PLOT, null, null, "Relative lift of every comparison"));
        }
        if (!result.statistics().exposures().days().isEmpty()) {
            charts.add(chart(charts, Kind.EXPOSURES, null, null, "Users by day of first exposure"));
        }
        for (Kind kind : new Kind[] {Kind.CUMULATIVE_LIFT_BY_DAY, Kind.CUMULATIVE_LIFT_SINCE_EXPOSURE}) {
            for (MetricStatistics metric : result.statistics().metrics()) {
                boolean calendar = kind == Kind.CUMULATIVE_LIFT_BY_DAY;
                if ((calendar ? metric.calendar() : metric.sinceExposure()).isEmpty()) {
                    continue;
                }
                for (String variant : result.variants()) {
                    if (!variant.equals(result.control())) {
                        charts.add(chart(charts, kind, metric.name(), variant, metric.name() + ": " + variant
                                + " vs " + result.control() + (calendar ? ", by day" : ", by days since exposure")));
                    }
                }
            }
        }
        return charts;
    }

    public static JFreeChart build(ReportChart chart, AnalysisResult result) {
        return switch (chart.kind()) {
            case FOREST_PLOT -> ForestPlot.build(result);
            case EXPOSURES -> ExposureChart.build(result, chart);
            case CUMULATIVE_LIFT_BY_DAY -> CumulativeLiftChart.build(result, chart, true);
            case CUMULATIVE_LIFT_SINCE_EXPOSURE -> CumulativeLiftChart.build(result, chart, false);
        };
    }

    /** The chart's natural height in CSS pixels at {@link #WIDTH}. */
    public static int height(ReportChart chart, AnalysisResult result) {
        return switch (chart.kind()) {
            case FOREST_PLOT -> ForestPlot.height(result);
            case EXPOSURES -> EXPOSURE_HEIGHT;
            case CUMULATIVE_LIFT_BY_DAY, CUMULATIVE_LIFT_SINCE_EXPOSURE -> LIFT_HEIGHT;
        };
    }

    /** The chart as PNG bytes at twice {@link #WIDTH} × {@link #height}. */
    public static byte[] png(ReportChart chart, AnalysisResult result) {
        return ChartPng.render(build(chart, result), WIDTH, height(chart, result));
    }

    private static ReportChart chart(List<ReportChart> before, Kind kind, String metric, String variant,
            String title) {
        String words = switch (kind) {
            case FOREST_PLOT -> "forest-plot";
            case EXPOSURES -> "exposures";
            case CUMULATIVE_LIFT_BY_DAY -> "lift-by-day-" + metric + "-" + variant;
            case CUMULATIVE_LIFT_SINCE_EXPOSURE -> "lift-since-exposure-" + metric + "-" + variant;
        };
        String fileName = String.format(Locale.ROOT, "%02d-%s.png", before.size() + 1, slug(words));
        return new ReportChart(kind, Optional.ofNullable(metric), Optional.ofNullable(variant), title, fileName);
    }

    /** Letters, digits and single dashes only, at most 60 characters: never a path, never a hidden file. */
    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "chart" : slug;
    }
}
