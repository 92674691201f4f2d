package com.splitbench.report.export;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Numbers as a reader of the HTML export sees them: rounded to what matters, with the full-precision value left to
 * the CSV. An empty value shows as an em dash.
 */
final class NumberText {

    static final String NONE = "—";

    private NumberText() {
    }

    /** 0.0123 → "1.23 %" (signed when {@code signed}). */
    static String percent(OptionalDouble fraction, boolean signed) {
        if (fraction.isEmpty()) {
            return NONE;
        }
        double p = 100 * fraction.getAsDouble();
        String text = String.format(Locale.ROOT, Math.abs(p) >= 100 ? "%.1f" : "%.2f", p) + " %";
        return signed && p > 0 ? "+" + text : text.replace("-", "−");
    }

    /** A value with four significant digits, thousands separated: 12,345.68 or 0.001235. */
    static String number(OptionalDouble value, boolean signed) {
        if (value.isEmpty()) {
            return NONE;
        }
        double v = value.getAsDouble();
        String text;
        if (v == 0) {
            text = "0";
        } else if (Math.abs(v) >= 1000) {
            text = String.format(Locale.ROOT, "%,.2f", v);
        } else {
            text = new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros()
                    .toPlainString();
        }
        return (signed && v > 0 ? "+" : "") + text.replace("-", "−");
    }

    /** p-values: 0.0355, 0.00012, "< 1e-300" for an underflow to zero (see docs/statistics.md). */
    static String pValue(OptionalDouble p) {
        if (p.isEmpty()) {
            return NONE;
        }
        double v = p.getAsDouble();
        if (v == 0) {
            return "< 1e-300";
        }
        if (v < 0.0001) {
            return String.format(Locale.ROOT, "%.1e", v);
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 7 days, 12 hours, 30 minutes, or seconds for anything finer. */
    static String duration(java.time.Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds % 86_400 == 0 && duration.getNano() == 0) {
            return plural(seconds / 86_400, "day");
        }
        if (seconds % 3_600 == 0 && duration.getNano() == 0) {
            return plural(seconds / 3_600, "hour");
        }
        if (seconds % 60 == 0 && duration.getNano() == 0) {
            return plural(seconds / 60, "minute");
        }
        return duration.toMillis() / 1000.0 + " seconds";
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** 0.95 → "95 %", 0.975 → "97.5 %". */
    static String percentLevel(double level) {
        double p = Math.round(level * 1000) / 10.0;
        return (p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p)) + " %";
    }
}
