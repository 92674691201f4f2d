package com.splitbench.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The cumulative lift of a variant over the control with its interval as a band, day by day: by calendar date, or
 * by days since each user's exposure (where every point holds users who had the same time to convert).
 */
public final class LiftChart {

    /** A finished dataset with its axis labels, built off the JavaFX thread. */
    public record Built(YIntervalSeriesCollection data, boolean calendar, List<String> labels, boolean relative) {
    }

    private final XYPlot plot;
    private final JFreeChart chart;

    public LiftChart() {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, new Color(0x0969da));
        renderer.setSeriesFillPaint(0, new Color(0x54aeff));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setAlpha(0.25f);
        NumberAxis days = new NumberAxis("Days since exposure");
        days.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis lift = new NumberAxis("Relative lift");
        lift.setAutoRangeIncludesZero(true);
        plot = new XYPlot(new YIntervalSeriesCollection(), days, lift, renderer);
        plot.addRangeMarker(SeriesPaints.zero());
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Worker thread. */
    public static Built build(String seriesName, List<ChartData.BandPoint> points, boolean calendar,
                              boolean relative) {
        YIntervalSeries series = new YIntervalSeries(seriesName);
        List<String> labels = new java.util.ArrayList<>();
        for (ChartData.BandPoint point : points) {
            series.add(point.x(), point.value(), point.low(), point.high());
        }
        if (calendar) {
            int last = points.isEmpty() ? -1 : (int) points.get(points.size() - 1).x();
            for (int i = 0; i <= last; i++) {
                labels.add("");
            }
            for (ChartData.BandPoint point : points) {
                labels.set((int) point.x(), point.label().length() >= 10 ? point.label().substring(5) : point.label());
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        return new Built(data, calendar, labels, relative);
    }

    /** JavaFX thread. */
    public void show(Built built) {
        NumberAxis days = (NumberAxis) plot.getDomainAxis();
        days.setLabel(built.calendar() ? "Date (UTC)" : "Days since exposure");
        days.setNumberFormatOverride(built.calendar() ? new IndexLabels(built.labels()) : null);
        NumberAxis lift = (NumberAxis) plot.getRangeAxis();
        lift.setLabel(built.relative() ? "Cumulative relative lift" : "Cumulative absolute difference");
        lift.setNumberFormatOverride(built.relative() ? SeriesPaints.signedPercent() : null);
        plot.setDataset(built.data());
        ChartThemes.restyle(chart);
    }
}
