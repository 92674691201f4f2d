package com.splitbench.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.plot.ValueMarker;

/**
 * Colours and number formats shared by the charts: one colour per variant (the same in every chart), and the
 * verdict colours of the results table. They read on the light and the dark background alike.
 */
final class SeriesPaints {

    static final Color BETTER = new Color(0x2da44e);
    static final Color WORSE = new Color(0xcf222e);
    static final Color INCONCLUSIVE = new Color(0x8c959f);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private static final Color[] VARIANTS = {new Color(0x8c959f), new Color(0x0969da), new Color(0xbf3989),
        new Color(0x1a7f37), new Color(0xbc4c00), new Color(0x8250df), new Color(0x1b7c83)};

    private SeriesPaints() {
    }

    /** The colour of the variant at this index in the experiment's variant list. */
    static Paint variant(int index) {
        return VARIANTS[Math.floorMod(index, VARIANTS.length)];
    }

    /** A dashed line at zero ("no difference"). */
    static ValueMarker zero() {
        ValueMarker marker = new ValueMarker(0);
        marker.setPaint(INCONCLUSIVE);
        marker.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f},
                0f));
        return marker;
    }

    /** Signed percentages for relative lifts: +5%, −2.5%. */
    static NumberFormat signedPercent() {
        DecimalFormat format = new DecimalFormat("+0.#%;−0.#%", DecimalFormatSymbols.getInstance(Locale.US));
        return format;
    }

    /** Plain numbers with grouping. */
    static NumberFormat number() {
        return NumberFormat.getNumberInstance(Locale.US);
    }
}
