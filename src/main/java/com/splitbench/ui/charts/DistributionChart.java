package com.splitbench.ui.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The per-variant distribution of a metric's per-user values: the share of each variant's users in each bin, side
 * by side, on bins shared by all variants up to the pooled 99th percentile. Values above it are counted in the
 * subtitle, not drawn, so one whale does not squash the picture.
 */
public final class DistributionChart {

    /** A finished dataset with its subtitle, built off the JavaFX thread. */
    public record Built(XYIntervalSeriesCollection data, String note, List<Integer> variantIndexes) {
    }

    private final XYPlot plot;
    private final JFreeChart chart;
    private final TextTitle note = new TextTitle("");

    public DistributionChart() {
        ClusteredXYBarRenderer renderer = new ClusteredXYBarRenderer(0.1, false);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        NumberAxis value = new NumberAxis("Value per user");
        value.setAutoRangeIncludesZero(false);
        NumberAxis share = new NumberAxis("Share of the variant's users");
        share.setAutoRangeIncludesZero(true);
        share.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(java.util.Locale.US));
        plot = new XYPlot(new XYIntervalSeriesCollection(), value, share, renderer);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        note.setFont(SeriesPaints.LABEL_FONT);
        chart.addSubtitle(note);
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Worker thread. */
    public static Built build(ChartData.Histograms histograms, List<String> allVariants) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        List<Double> edges = histograms.edges();
        StringBuilder above = new StringBuilder();
        List<Integer> indexes = new java.util.ArrayList<>();
        for (ChartData.Histogram histogram : histograms.variants()) {
            XYIntervalSeries series = new XYIntervalSeries(histogram.variant());
            for (int bin = 0; bin < histogram.shares().size() && bin + 1 < edges.size(); bin++) {
                double low = edges.get(bin);
                double high = edges.get(bin + 1);
                double share = histogram.shares().get(bin);
                series.add((low + high) / 2, low, high, share, share, share);
            }
            data.addSeries(series);
            indexes.add(allVariants.indexOf(histogram.variant()));
            if (histogram.above() > 0) {
                above.append(above.length() == 0 ? "" : ", ").append(histogram.variant()).append(' ')
                        .append(histogram.above());
            }
        }
        String text = above.length() == 0 ? "" : "Users above the pooled 99th percentile, not drawn: " + above;
        return new Built(data, text, indexes);
    }

    /** JavaFX thread. */
    public void show(Built built) {
        for (int s = 0; s < built.variantIndexes().size(); s++) {
            plot.getRenderer().setSeriesPaint(s, SeriesPaints.variant(built.variantIndexes().get(s)));
        }
        note.setText(built.note());
        plot.setDataset(built.data());
        ChartThemes.restyle(chart);
    }
}
