package com.splitbench.ui.table;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How numbers look in tables. The display is rounded for reading; the cell keeps the raw double, which the tooltip
 * and the clipboard show in full. A value that is not computable shows as an em dash, never "NaN".
 */
public final class DisplayFormats {

    public static final String NOT_COMPUTABLE = "—";
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

    private DisplayFormats() {
    }

    /** 0.02657 → "2.66%" with two decimals. */
    public static String percent(double fraction, int decimals) {
        if (!Double.isFinite(fraction)) {
            return NOT_COMPUTABLE;
        }
        return pattern(decimals).format(fraction * 100) + "%";
    }

    /** A change: 0.0241 → "+2.41%", −0.013 → "−1.30%" (with a real minus sign); zero has no sign. */
    public static String signedPercent(double fraction, int decimals) {
        if (!Double.isFinite(fraction)) {
            return NOT_COMPUTABLE;
        }
        String magnitude = pattern(decimals).format(Math.abs(fraction) * 100);
        return sign(fraction, magnitude) + magnitude + "%";
    }

    /** A signed number with a fixed number of decimals: 0.5 → "+0.50". */
    public static String signed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return NOT_COMPUTABLE;
        }
        String magnitude = grouped(decimals).format(Math.abs(value));
        return sign(value, magnitude) + magnitude;
    }

    /** A number with thousands separators and fixed decimals: 48210 → "48,210". */
    public static String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return NOT_COMPUTABLE;
        }
        return grouped(decimals).format(value).replace('-', '−');
    }

    /**
     * A p-value: three decimals, "< 0.001" below that, so that tiny values are not shown as 0 and large ones not
     * with false precision.
     */
    public static String pValue(double p) {
        if (!Double.isFinite(p) || p < 0 || p > 1) {
            return NOT_COMPUTABLE;
        }
        return p < 0.001 ? "< 0.001" : pattern(3).format(p);
    }

    private static String sign(double value, String roundedMagnitude) {
        boolean roundsToZero = roundedMagnitude.chars().noneMatch(c -> c >= '1' && c <= '9');
        if (roundsToZero) {
            return "";
        }
        return value > 0 ? "+" : "−";
    }

    private static DecimalFormat pattern(int decimals) {
        return new DecimalFormat(decimals <= 0 ? "0" : "0." + "0".repeat(decimals), SYMBOLS);
    }

    private static DecimalFormat grouped(int decimals) {
        return new DecimalFormat(decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), SYMBOLS);
    }
}
