package com.splitbench.report.export;

import com.splitbench.analysis.result.Verdict;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;

/**
 * The look of exported charts: print-friendly (white background, light grid, dark text) with logical fonts that
 * exist on every Java installation, and the same verdict colours as the HTML table.
 */
final class ChartStyle {

    static final Color TEXT = new Color(0x24292f);
    static final Color MUTED = new Color(0x57606a);
    static final Color GRID = new Color(0xd0d7de);
    static final Color BETTER = new Color(0x1a7f37);
    static final Color WORSE = new Color(0xcf222e);
    static final Color NEUTRAL = new Color(0x57606a);
    static final Color LIFT = new Color(0x0969da);
    static final Color[] VARIANTS = {new Color(0x57606a), new Color(0x0969da), new Color(0xbc4c00),
        new Color(0x8250df), new Color(0x1a7f37), new Color(0xbf3989), new Color(0x4d2d00), new Color(0x0a3069)};

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font SMALL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private ChartStyle() {
    }

    /**
     * Sets fonts and colours on the chart's own parts. JFreeChart's themes also reset series colours, so they are not
     * used: the builders choose those.
     */
    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE_FONT);
            chart.getTitle().setPaint(TEXT);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle subtitle) {
                subtitle.setFont(SMALL_FONT);
                subtitle.setPaint(MUTED);
            } else if (chart.getSubtitle(i) instanceof LegendTitle legend) {
                legend.setItemFont(LABEL_FONT);
                legend.setItemPaint(TEXT);
                legend.setBackgroundPaint(Color.WHITE);
                legend.setFrame(BlockBorder.NONE);
            }
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
            axis.setLabelFont(LABEL_FONT);
            axis.setLabelPaint(TEXT);
            axis.setTickLabelFont(TICK_FONT);
            axis.setTickLabelPaint(TEXT);
            axis.setAxisLinePaint(GRID);
            axis.setTickMarkPaint(GRID);
            if (axis instanceof NumberAxis number && !(axis instanceof SymbolAxis)) {
                number.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
            } else if (axis instanceof DateAxis date) {
                date.setStandardTickUnits(dayTicks());
            }
        }
    }

    /** Ticks on whole UTC days (1, 2, 7, 14 days, then months): the data has one point per day. */
    private static TickUnits dayTicks() {
        SimpleDateFormat format = new SimpleDateFormat("d MMM", Locale.ENGLISH);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        TickUnits units = new TickUnits();
        for (int days : new int[] {1, 2, 7, 14}) {
            units.add(new DateTickUnit(DateTickUnitType.DAY, days, format));
        }
        SimpleDateFormat months = new SimpleDateFormat("MMM yyyy", Locale.ENGLISH);
        months.setTimeZone(TimeZone.getTimeZone("UTC"));
        for (int count : new int[] {1, 3, 6, 12}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, count, months));
        }
        return units;
    }

    static Color verdict(Verdict verdict) {
        return switch (verdict) {
            case BETTER -> BETTER;
            case WORSE -> WORSE;
            default -> NEUTRAL;
        };
    }

    /** A line at zero lift on the given axis. */
    static void zeroLine(XYPlot plot, boolean onDomain) {
        ValueMarker zero = new ValueMarker(0, TEXT, new BasicStroke(1.2f));
        if (onDomain) {
            plot.addDomainMarker(zero);
        } else {
            plot.addRangeMarker(zero);
        }
    }
}
