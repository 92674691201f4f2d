package com.splitbench.ingest.parse;

import java.nio.charset.StandardCharsets;

/** Parses decimal numbers straight from bytes, with a fast exact path for plain decimals. */
public final class Numbers {

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private Numbers() {
    }

    /**
     * Reads a double. Plain decimals ({@code -12.345}) with up to 15 significant digits take the fast path:
     * an integer mantissa below 2^53 divided by an exact power of ten is correctly rounded (one IEEE division of
     * two exact values), so the result equals {@link Double#parseDouble}. Anything else goes through it.
     */
    public static double parseDouble(byte[] b, int start, int end) throws BadValueException {
        while (start < end && b[start] == ' ') {
            start++;
        }
        while (end > start && b[end - 1] == ' ') {
            end--;
        }
        if (start == end) {
            throw new BadValueException("empty number");
        }
        int p = start;
        boolean negative = false;
        if (b[p] == '-' || b[p] == '+') {
            negative = b[p] == '-';
            p++;
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = 0;
        boolean dot = false;
        for (; p < end; p++) {
            int c = b[p];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (dot) {
                    fractionDigits++;
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
        }
        if (p == end && digits > 0 && digits <= 15 && fractionDigits < POWERS_OF_TEN.length) {
            double value = fractionDigits == 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
            return negative ? -value : value;
        }
        return slow(b, start, end);
    }

    private static double slow(byte[] b, int start, int end) throws BadValueException {
        String text = new String(b, start, end - start, StandardCharsets.UTF_8);
        char last = text.charAt(text.length() - 1);
        // Double.parseDouble also takes "1d", "0x1p3", "0X1P3" and "NaN"; none of them is a number in a data export.
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (!Character.isDigit(last) && last != '.' || lower.startsWith("0x") || lower.startsWith("-0x")) {
            throw notANumber(text);
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isInfinite(value)) {
                throw new BadValueException("'" + abbreviate(text) + "' is too large");
            }
            return value;
        } catch (NumberFormatException e) {
            throw notANumber(text);
        }
    }

    private static BadValueException notANumber(String text) {
        // "10,5" from a spreadsheet in a German or French locale: say what would read.
        boolean decimalComma = text.matches("-?[0-9]+,[0-9]+");
        return new BadValueException("'" + abbreviate(text) + "' is not a number"
                + (decimalComma ? " (numbers need '.' as the decimal point: export the file with '.', or as"
                        + " 'CSV UTF-8' from a spreadsheet set to English number formats)" : ""));
    }

    /** Reads 0/1, true/false, yes/no (any case) as 1 or 0; anything else is -1. */
    public static int parseBoolean(byte[] b, int start, int end) {
        int length = end - start;
        if (length == 1) {
            return b[start] == '1' ? 1 : b[start] == '0' ? 0 : -1;
        }
        if (matches(b, start, end, "true") || matches(b, start, end, "yes")) {
            return 1;
        }
        if (matches(b, start, end, "false") || matches(b, start, end, "no")) {
            return 0;
        }
        return -1;
    }

    private static boolean matches(byte[] b, int start, int end, String lowerCase) {
        if (end - start != lowerCase.length()) {
            return false;
        }
        for (int i = 0; i < lowerCase.length(); i++) {
            if ((b[start + i] | 0x20) != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A value as quoted in a bad-row reason: at most 40 characters. */
    public static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
