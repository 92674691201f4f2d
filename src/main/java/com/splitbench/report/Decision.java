package com.splitbench.report;

import java.util.Locale;

/** What the author decided about the experiment. The file stores {@link #fileName()}. */
public enum Decision {
    UNDECIDED("undecided", "No decision yet"),
    SHIP("ship", "Ship"),
    DONT_SHIP("dont_ship", "Don't ship"),
    KEEP_RUNNING("keep_running", "Keep running"),
    INCONCLUSIVE("inconclusive", "Inconclusive");

    private final String fileName;
    private final String label;

    Decision(String fileName, String label) {
        this.fileName = fileName;
        this.label = label;
    }

    /** The word used in report files and on the command line: ship, dont_ship, keep_running, ... */
    public String fileName() {
        return fileName;
    }

    /** The words shown to a reader: "Don't ship". */
    public String label() {
        return label;
    }

    /**
     * Reads a decision as a person types it: {@code ship}, {@code dont-ship}, {@code "don't ship"},
     * {@code KEEP_RUNNING} all work.
     *
     * @throws IllegalArgumentException naming the accepted words when {@code text} is none of them
     */
    public static Decision parse(String text) {
        String normalised = text.trim().toLowerCase(Locale.ROOT).replace("'", "").replace("’", "")
                .replaceAll("[\\s-]+", "_");
        for (Decision decision : values()) {
            if (decision.fileName.equals(normalised)) {
                return decision;
            }
        }
        throw new IllegalArgumentException("Unknown decision '" + text + "': use " + words() + ".");
    }

    /** The accepted words, for messages. */
    public static String words() {
        StringBuilder words = new StringBuilder();
        for (Decision decision : values()) {
            if (words.length() > 0) {
                words.append(", ");
            }
            words.append(decision.fileName);
        }
        return words.toString();
    }
}
