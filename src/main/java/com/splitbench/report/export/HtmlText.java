package com.splitbench.report.export;

/**
 * Escapes text for HTML element content and attribute values. Every user-supplied string (experiment, metric,
 * variant and segment names, notes, file names) goes through here, so that {@code <script>} in a name stays text.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\t' -> out.append(c);
                case '\r' -> { }
                default -> out.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
