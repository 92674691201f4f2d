package com.splitbench.report.export;

import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.LiftSeries;
import com.splitbench.stats.inference.Interval;
import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One metric's cumulative relative lift of one treatment over control, with its interval as a band, by calendar
 * day or by days since exposure. Sequential intervals are drawn when the sequential view is on: they stay valid
 * however often the chart is looked at.
 */
final class CumulativeLiftChart {

    private CumulativeLiftChart() {
    }

    static List<LiftSeries.Point> points(AnalysisResult result, String metric, String variant, boolean calendar) {
        MetricStatistics stats = result.statistics().metric(metric);
        return LiftSeries.compute(stats, result.statistics().variantIndex(result.control()),
                result.statistics().variantIndex(variant), result.spec().settings(), calendar);
    }

    static JFreeChart build(AnalysisResult result, ReportChart chart, boolean calendar) {
        String metric = chart.metric().orElseThrow();
        String variant = chart.variant().orElseThrow();
        YIntervalSeries lift = new YIntervalSeries("Relative lift (%)");
        for (LiftSeries.Point point : points(result, metric, variant, calendar)) {
            if (!point.relativeLift().isComputed() || !point.relativeInterval().isComputed()) {
                continue;
            }
            Interval ci = point.relativeInterval().orElseThrow();
            if (!Double.isFinite(ci.lower()) || !Double.isFinite(ci.upper())) {
                continue;
            }
            double x = calendar ? LocalDate.parse(point.label()).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
                    : Double.parseDouble(point.label());
            lift.add(x, 100 * point.relativeLift().orElseThrow(), 100 * ci.lower(), 100 * ci.upper());
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(lift);
        DeviationRenderer renderer = new DeviationRenderer(true, lift.getItemCount() < 3);
        renderer.setSeriesPaint(0, ChartStyle.LIFT);
        renderer.setSeriesFillPaint(0, new Color(0x0969da));
        renderer.setAlpha(0.18f);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        ValueAxis x;
        if (calendar) {
            DateAxis dates = new DateAxis("Day (UTC)");
            dates.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
            x = dates;
        } else {
            NumberAxis days = new NumberAxis("Days since exposure");
            days.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            x = days;
        }
        NumberAxis y = new NumberAxis("Relative lift (%)");
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        ChartStyle.zeroLine(plot, false);
        JFreeChart built = new JFreeChart(chart.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        built.addSubtitle(new TextTitle("Cumulative, with " + ForestPlot.intervalName(result, false)
                + " (not corrected for multiple testing)"));
        ChartStyle.apply(built);
        return built;
    }
}
