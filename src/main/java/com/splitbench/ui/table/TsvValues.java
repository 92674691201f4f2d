package com.splitbench.ui.table;

import java.math.BigDecimal;

/**
 * Writes one raw cell value as TSV text. Doubles are written with {@link Double#toString(double)}, the shortest text
 * that reads back as the same double, so nothing is lost to display rounding; a value that is not computable (NaN,
 * infinite, null) is an empty cell. Tabs and line breaks inside text become spaces so the rows stay intact.
 */
public final class TsvValues {

    /** Below this magnitude a whole double is written without ".0" (beyond it, doubles skip integers). */
    private static final double EXACT_INTEGER_LIMIT = 1e15;

    private TsvValues() {
    }

    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            return formatFloating(((Number) value).doubleValue(), value instanceof Float);
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return clean(value.toString());
    }

    private static String formatFloating(double value, boolean isFloat) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGER_LIMIT) {
            return Long.toString((long) value);
        }
        return isFloat ? Float.toString((float) value) : Double.toString(value);
    }

    static String clean(String text) {
        return text.replace("\r\n", " ").replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
