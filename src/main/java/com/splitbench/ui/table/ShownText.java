package com.splitbench.ui.table;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A {@link Text} that shows its string in full, or cut to end in "…" when the room is too narrow, as a label
 * would, and remembers the full string. Table cells draw their numbers with these instead of labels: a label is a
 * control with a skin and a text node of its own, and styling those was most of the cost of a first results
 * screen. UI thread.
 */
public final class ShownText {

    private static final String ELLIPSIS = "…";
    /** The key under which a text keeps its full string. */
    private static final Object FULL = new Object();
    /** Measures strings other than the one a text shows, in that text's font. */
    private static final Text MEASURE = new Text();
    /** Widths are fractional and snapped to pixels; a string this much wider than the room still counts as fitting. */
    private static final double SLACK = 0.5;

    private ShownText() {
    }

    /** A text with the theme's "text" class (as a label's own text has) and the given class. */
    public static Text create(String styleClass) {
        Text text = new Text();
        text.getStyleClass().addAll("text", styleClass);
        return text;
    }

    /**
     * Keeps {@code detail} in the regular weight of {@code main}'s font, {@code scale} times its size. A style
     * sheet cannot say this: in a text inside a region, "em" counts from the window's root font instead of the
     * table cell's (0.82em gave 11.5 px beside a 13 px main line, where a label inside the cell got 10.7).
     */
    public static void sizeFrom(Text main, Text detail, double scale) {
        detail.setFont(scaled(main.getFont(), scale));
        main.fontProperty().addListener((observable, before, font) -> detail.setFont(scaled(font, scale)));
    }

    private static Font scaled(Font font, double scale) {
        return Font.font(font.getFamily(), font.getSize() * scale);
    }

    /** Shows {@code full}, in full until a layout finds it too wide. */
    public static void set(Text text, String full) {
        String value = full == null ? "" : full;
        text.getProperties().put(FULL, value);
        text.setText(value);
    }

    /** The string the text holds, which it may show cut. */
    public static String full(Text text) {
        Object full = text.getProperties().get(FULL);
        return full instanceof String ? (String) full : text.getText();
    }

    /** What a screen reader says for these texts: the full strings of those not empty, joined by commas. */
    public static String spoken(Text... texts) {
        StringBuilder spoken = new StringBuilder();
        for (Text text : texts) {
            String full = full(text);
            if (text.isVisible() && !full.isBlank()) {
                spoken.append(spoken.length() == 0 ? "" : ", ").append(full);
            }
        }
        return spoken.toString();
    }

    /** Whether the text shows less than it holds. */
    public static boolean isCut(Text text) {
        return !full(text).equals(text.getText());
    }

    /** The width of the full string in the text's font. */
    public static double fullWidth(Text text) {
        String full = full(text);
        return full.equals(text.getText()) ? text.getLayoutBounds().getWidth() : width(text, full);
    }

    /** The height of one line in the text's font, whether or not it holds anything. */
    public static double lineHeight(Text text) {
        prepare(text, "0");
        return MEASURE.getLayoutBounds().getHeight();
    }

    /** The distance from the top of a line to its baseline, in the text's font. */
    public static double baseline(Text text) {
        prepare(text, "0");
        return MEASURE.getBaselineOffset();
    }

    /** Shows the full string if it fits in {@code room}, else the longest start of it that fits followed by "…". */
    public static void fit(Text text, double room) {
        String full = full(text);
        String shown = width(text, full) <= room + SLACK ? full : cut(text, full, room);
        if (!shown.equals(text.getText())) {
            text.setText(shown);
        }
    }

    private static String cut(Text text, String full, double room) {
        if (width(text, ELLIPSIS) > room + SLACK) {
            return "";
        }
        // The longest start that fits, by bisection: widths grow with the length.
        int fits = 0;
        int tooLong = full.length();
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (width(text, start(full, middle).stripTrailing() + ELLIPSIS) <= room + SLACK) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return start(full, fits).stripTrailing() + ELLIPSIS;
    }

    /** The first {@code length} chars, one fewer if that would split a character outside the basic plane. */
    private static String start(String full, int length) {
        int end = length > 0 && Character.isHighSurrogate(full.charAt(length - 1)) ? length - 1 : length;
        return full.substring(0, end);
    }

    private static double width(Text text, String value) {
        if (value.equals(text.getText())) {
            return text.getLayoutBounds().getWidth();
        }
        prepare(text, value);
        return MEASURE.getLayoutBounds().getWidth();
    }

    private static void prepare(Text text, String value) {
        MEASURE.setFont(text.getFont());
        MEASURE.setBoundsType(text.getBoundsType());
        MEASURE.setText(value);
    }
}
