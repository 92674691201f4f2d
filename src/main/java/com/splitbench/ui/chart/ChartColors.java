package com.splitbench.ui.chart;

import com.splitbench.ui.settings.Theme;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;

/**
 * Gives a JFreeChart the window theme's background, text and grid colours (JFreeChart paints with its own colours,
 * not CSS). The values follow AtlantaFX's Primer palettes.
 */
public final class ChartColors {

    private ChartColors() {
    }

    /** The colours of one theme. */
    record Palette(Color background, Color plotBackground, Color text, Color mutedText, Color grid) {
    }

    static Palette palette(Theme theme) {
        return theme == Theme.DARK
                ? new Palette(new Color(0x0d1117), new Color(0x0d1117), new Color(0xc9d1d9), new Color(0x8b949e),
                        new Color(0x30363d))
                : new Palette(Color.WHITE, Color.WHITE, new Color(0x24292f), new Color(0x57606a),
                        new Color(0xd0d7de));
    }

    /** Applies the theme to the chart. Call on the thread that owns the chart. */
    public static void apply(JFreeChart chart, Theme theme) {
        Palette p = palette(theme);
        chart.setBackgroundPaint(p.background());
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(p.text());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle) {
                ((TextTitle) chart.getSubtitle(i)).setPaint(p.mutedText());
            } else if (chart.getSubtitle(i) instanceof LegendTitle) {
                LegendTitle legend = (LegendTitle) chart.getSubtitle(i);
                legend.setBackgroundPaint(p.background());
                legend.setItemPaint(p.text());
            }
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(p.plotBackground());
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot) {
            XYPlot xy = (XYPlot) plot;
            xy.setDomainGridlinePaint(p.grid());
            xy.setRangeGridlinePaint(p.grid());
            xy.setDomainZeroBaselinePaint(p.mutedText());
            xy.setRangeZeroBaselinePaint(p.mutedText());
            styleAxes(p, xy.getDomainAxis(), xy.getRangeAxis());
        } else if (plot instanceof CategoryPlot) {
            CategoryPlot category = (CategoryPlot) plot;
            category.setDomainGridlinePaint(p.grid());
            category.setRangeGridlinePaint(p.grid());
            category.setRangeZeroBaselinePaint(p.mutedText());
            styleAxes(p, category.getDomainAxis(), category.getRangeAxis());
        }
    }

    private static void styleAxes(Palette p, Axis... axes) {
        for (Axis axis : axes) {
            if (axis != null) {
                axis.setLabelPaint(p.text());
                axis.setTickLabelPaint(p.mutedText());
                axis.setAxisLinePaint(p.grid());
                axis.setTickMarkPaint(p.grid());
            }
        }
    }
}
