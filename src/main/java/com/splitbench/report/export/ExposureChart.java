package com.splitbench.report.export;

import com.splitbench.analysis.model.ExposureSeries;
import com.splitbench.analysis.result.AnalysisResult;
import java.awt.BasicStroke;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Cumulative users per variant by day of first exposure: a split that drifts shows here before the SRM check. */
final class ExposureChart {

    private ExposureChart() {
    }

    static JFreeChart build(AnalysisResult result, ReportChart chart) {
        ExposureSeries exposures = result.statistics().exposures();
        List<String> variants = result.variants();
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, exposures.days().size() < 3);
        int treatment = 0;
        for (int v = 0; v < variants.size(); v++) {
            boolean control = variants.get(v).equals(result.control());
            int colour = control ? 0 : 1 + treatment++ % (ChartStyle.VARIANTS.length - 1);
            XYSeries series = new XYSeries(variants.get(v), false, true);
            long total = 0;
            for (int d = 0; d < exposures.days().size(); d++) {
                total += exposures.counts().get(d).get(v);
                series.add(LocalDate.parse(exposures.days().get(d)).atStartOfDay(ZoneOffset.UTC).toInstant()
                        .toEpochMilli(), total);
            }
            dataset.addSeries(series);
            renderer.setSeriesPaint(v, ChartStyle.VARIANTS[colour]);
            renderer.setSeriesStroke(v, new BasicStroke(2f));
        }
        DateAxis days = new DateAxis("Day of first exposure (UTC)");
        days.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        NumberAxis users = new NumberAxis("Users (cumulative)");
        XYPlot plot = new XYPlot(dataset, days, users, renderer);
        JFreeChart built = new JFreeChart(chart.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(built);
        return built;
    }
}
