package com.splitbench.report.file;

/**
 * Makes text from a file safe to print in a terminal or a dialog: control characters (which could move the cursor
 * or recolour a terminal) become '?', and the text is cut at a length a message can carry.
 */
final class Printable {

    static final int MAX_MESSAGE = 2_000;

    private Printable() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_MESSAGE));
        for (int i = 0; i < text.length() && out.length() < MAX_MESSAGE; i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) ? (c == '\n' ? ' ' : '?') : c);
        }
        if (text.length() > MAX_MESSAGE) {
            out.append('…');
        }
        return out.toString();
    }
}
