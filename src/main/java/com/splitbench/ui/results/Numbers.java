package com.splitbench.ui.results;

import java.util.Locale;

/** Numbers written in explanations: six significant digits, which is enough to recompute any step by hand. */
final class Numbers {

    private Numbers() {
    }

    static String of(double value) {
        if (Double.isNaN(value)) {
            return "not computable";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+∞" : "−∞";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        String text = String.format(Locale.ROOT, Math.abs(value) < 1e-4 || Math.abs(value) >= 1e9 ? "%.4e" : "%.6g",
                value);
        return text.contains("e") ? text : text.replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    static String percent(double fraction) {
        return of(fraction * 100) + "%";
    }
}
