package com.splitbench.report.export;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultRow;
import com.splitbench.analysis.result.Verdict;
import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.Correction;
import com.splitbench.stats.inference.Interval;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The forest plot: every treatment's relative lift over control with its interval, one line per metric × variant
 * (× segment), coloured by verdict (significant in the desired direction, against it, or not significant).
 */
final class ForestPlot {

    /** More lines than this do not read as a chart; the table has them all. */
    static final int MAX_LINES = 60;

    private ForestPlot() {
    }

    /** The rows the plot shows, top to bottom. */
    static List<ResultRow> rows(AnalysisResult result) {
        return result.rows().stream()
                .filter(r -> !r.control() && r.relativeLift().isComputed() && r.relativeInterval().isComputed())
                .filter(r -> Double.isFinite(r.relativeInterval().orElseThrow().lower())
                        && Double.isFinite(r.relativeInterval().orElseThrow().upper()))
                .limit(MAX_LINES)
                .toList();
    }

    /** Pixel height that gives each line room. */
    static int height(AnalysisResult result) {
        return 110 + 26 * Math.max(1, rows(result).size());
    }

    static JFreeChart build(AnalysisResult result) {
        List<ResultRow> rows = rows(result);
        XYIntervalSeries better = new XYIntervalSeries("Better");
        XYIntervalSeries worse = new XYIntervalSeries("Worse");
        XYIntervalSeries neutral = new XYIntervalSeries("No clear difference");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ResultRow row = rows.get(i);
            labels.add(0, label(row));
            int y = rows.size() - 1 - i;
            Interval ci = row.relativeInterval().orElseThrow();
            double lift = 100 * row.relativeLift().orElseThrow();
            XYIntervalSeries series = row.verdict() == Verdict.BETTER ? better
                    : row.verdict() == Verdict.WORSE ? worse : neutral;
            series.add(lift, 100 * ci.lower(), 100 * ci.upper(), y, y, y);
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(better);
        dataset.addSeries(worse);
        dataset.addSeries(neutral);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setCapLength(6);
        renderer.setErrorStroke(new BasicStroke(2f));
        renderer.setSeriesPaint(0, ChartStyle.BETTER);
        renderer.setSeriesPaint(1, ChartStyle.WORSE);
        renderer.setSeriesPaint(2, ChartStyle.NEUTRAL);
        renderer.setDefaultShapesVisible(true);
        renderer.setDefaultLinesVisible(false);
        NumberAxis lift = new NumberAxis("Relative lift over " + result.control() + " (%)");
        lift.setAutoRangeIncludesZero(true);
        SymbolAxis names = new SymbolAxis(null, labels.toArray(new String[0]));
        names.setGridBandsVisible(false);
        names.setRange(-0.6, Math.max(0.6, rows.size() - 0.4));
        XYPlot plot = new XYPlot(dataset, lift, names, renderer);
        ChartStyle.zeroLine(plot, true);
        JFreeChart chart = new JFreeChart("Relative lift with " + intervalName(result, true),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        long hidden = result.rows().stream().filter(r -> !r.control()).count() - rows.size();
        if (hidden > 0) {
            chart.addSubtitle(new TextTitle(hidden + " comparisons without a computable lift or beyond the first "
                    + MAX_LINES + " are in the table only"));
        }
        ChartStyle.apply(chart);
        return chart;
    }

    private static String label(ResultRow row) {
        String label = row.metric() + " · " + row.variant() + row.segment().map(s -> " · " + s).orElse("");
        return label.length() > 60 ? label.substring(0, 59) + "…" : label;
    }

    /** E.g. "95 % always-valid intervals (goal metrics corrected)". */
    static String intervalName(AnalysisResult result, boolean withCorrection) {
        AnalysisSettings settings = result.spec().settings();
        String level = NumberText.percentLevel(settings.confidenceLevel());
        String kind = settings.sequential() ? "always-valid " : "";
        String corrected = !withCorrection ? ""
                : settings.correction() != Correction.NONE ? " (goal metrics corrected)" : "";
        return level + " " + kind + "intervals" + corrected;
    }
}
