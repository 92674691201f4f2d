package com.splitbench.ui.charts;

import com.splitbench.ui.chart.ChartColors;
import com.splitbench.ui.settings.Theme;
import java.awt.Color;
import org.jfree.chart.JFreeChart;

/**
 * Re-applies the window theme's colours after a chart's axes were replaced, since new axes start with
 * JFreeChart's own colours. The chart remembers its theme in the background paint.
 */
final class ChartThemes {

    private ChartThemes() {
    }

    static void restyle(JFreeChart chart) {
        boolean dark = chart.getBackgroundPaint() instanceof Color color && brightness(color) < 0.5;
        ChartColors.apply(chart, dark ? Theme.DARK : Theme.LIGHT);
    }

    private static double brightness(Color color) {
        return (0.299 * color.getRed() + 0.587 * color.getGreen() + 0.114 * color.getBlue()) / 255;
    }
}
