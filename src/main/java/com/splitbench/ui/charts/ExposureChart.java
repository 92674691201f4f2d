package com.splitbench.ui.charts;

import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Users first exposed per day and variant (UTC dates), daily or as running totals. */
public final class ExposureChart {

    /** A finished dataset with its date labels, built off the JavaFX thread. */
    public record Built(XYSeriesCollection data, List<String> days, boolean cumulative) {
    }

    private final XYPlot plot;
    private final JFreeChart chart;

    public ExposureChart() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < 8; s++) {
            renderer.setSeriesPaint(s, SeriesPaints.variant(s));
            renderer.setSeriesStroke(s, new BasicStroke(2f));
        }
        NumberAxis days = new NumberAxis("Date (UTC)");
        days.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis users = new NumberAxis("Users exposed");
        plot = new XYPlot(new XYSeriesCollection(), days, users, renderer);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Worker thread. */
    public static Built build(List<ChartData.ExposureLine> lines, List<String> days, boolean cumulative) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (ChartData.ExposureLine line : lines) {
            XYSeries series = new XYSeries(line.variant(), false, false);
            for (int day = 0; day < line.values().size(); day++) {
                series.add(day, line.values().get(day));
            }
            data.addSeries(series);
        }
        List<String> labels = days.stream().map(day -> day.length() >= 10 ? day.substring(5) : day).toList();
        return new Built(data, labels, cumulative);
    }

    /** JavaFX thread. */
    public void show(Built built) {
        ((NumberAxis) plot.getDomainAxis()).setNumberFormatOverride(new IndexLabels(built.days()));
        plot.getRangeAxis().setLabel(built.cumulative() ? "Users exposed so far" : "Users first exposed that day");
        plot.setDataset(built.data());
        ChartThemes.restyle(chart);
    }
}
