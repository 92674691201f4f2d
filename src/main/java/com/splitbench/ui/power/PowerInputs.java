package com.splitbench.ui.power;

import java.util.Locale;
import java.util.OptionalDouble;

/** Reads the power panel's text fields: numbers with an optional % sign and thousands separators. */
final class PowerInputs {

    private PowerInputs() {
    }

    /** The number in the text, or empty when it is not one. */
    static OptionalDouble number(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String cleaned = text.strip().replace("%", "").replace(",", "").replace('−', '-').strip();
        if (cleaned.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(cleaned);
            return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** A percentage written for a field, e.g. 9.93 for 0.0993. */
    static String percent(double fraction) {
        return trim(String.format(Locale.ROOT, "%.4f", fraction * 100));
    }

    /** A number written for a field with about five significant digits. */
    static String plain(double value) {
        return trim(String.format(Locale.ROOT, "%.5g", value));
    }

    private static String trim(String text) {
        return text.contains(".") && !text.contains("e") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
