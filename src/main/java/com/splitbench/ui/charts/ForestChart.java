package com.splitbench.ui.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;

/**
 * The forest plot: every metric × variant as a dot at its estimate with a horizontal bar for its interval, on one
 * shared axis with a dashed line at zero; green when significantly better, red when worse, grey otherwise.
 */
public final class ForestChart {

    /** A finished dataset with its row labels, built off the JavaFX thread. */
    public record Built(XIntervalSeriesCollection data, String[] labels, boolean relative) {
    }

    private final XYPlot plot;
    private final JFreeChart chart;

    public ForestChart() {
        NumberAxis value = new NumberAxis("Relative lift");
        value.setAutoRangeIncludesZero(true);
        SymbolAxis rows = new SymbolAxis(null, new String[0]);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(true);
        renderer.setDrawYError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setErrorStroke(new java.awt.BasicStroke(2.5f));
        renderer.setCapLength(6);
        renderer.setSeriesPaint(0, SeriesPaints.BETTER);
        renderer.setSeriesPaint(1, SeriesPaints.WORSE);
        renderer.setSeriesPaint(2, SeriesPaints.INCONCLUSIVE);
        for (int series = 0; series < 3; series++) {
            renderer.setSeriesShape(series, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        }
        plot = new XYPlot(new XIntervalSeriesCollection(), value, rows, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.addDomainMarker(SeriesPaints.zero());
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Builds the dataset, newest row at the top. Worker thread. */
    public static Built build(List<ChartData.ForestRow> rows, boolean relative) {
        XIntervalSeries better = new XIntervalSeries("Significantly better");
        XIntervalSeries worse = new XIntervalSeries("Significantly worse");
        XIntervalSeries unclear = new XIntervalSeries("Not significant");
        String[] labels = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ChartData.ForestRow row = rows.get(i);
            int y = rows.size() - 1 - i;
            labels[y] = row.label();
            if (Double.isNaN(row.estimate())) {
                continue;
            }
            XIntervalSeries series = switch (row.outcome()) {
                case BETTER -> better;
                case WORSE -> worse;
                case INCONCLUSIVE -> unclear;
            };
            double low = Double.isFinite(row.low()) ? row.low() : row.estimate();
            double high = Double.isFinite(row.high()) ? row.high() : row.estimate();
            series.add(row.estimate(), low, high, y);
        }
        XIntervalSeriesCollection data = new XIntervalSeriesCollection();
        data.addSeries(better);
        data.addSeries(worse);
        data.addSeries(unclear);
        return new Built(data, labels, relative);
    }

    /** Shows a built dataset. JavaFX thread. */
    public void show(Built built) {
        SymbolAxis rows = new SymbolAxis(null, built.labels());
        rows.setTickLabelFont(SeriesPaints.LABEL_FONT);
        rows.setGridBandsVisible(false);
        NumberAxis value = (NumberAxis) plot.getDomainAxis();
        value.setLabel(built.relative() ? "Relative lift" : "Absolute difference");
        value.setNumberFormatOverride(built.relative() ? SeriesPaints.signedPercent() : null);
        plot.setRangeAxis(rows);
        plot.setDataset(built.data());
        ChartThemes.restyle(chart);
    }
}
