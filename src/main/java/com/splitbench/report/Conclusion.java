package com.splitbench.report;

import java.util.Objects;

/**
 * The author's conclusion: a decision and free-text notes (why, caveats, next steps).
 *
 * @param decision what was decided
 * @param notes free text, at most {@link #MAX_NOTES_LENGTH} characters; empty when there are none
 */
public record Conclusion(Decision decision, String notes) {

    public static final int MAX_NOTES_LENGTH = 100_000;

    public static final Conclusion NONE = new Conclusion(Decision.UNDECIDED, "");

    public Conclusion {
        Objects.requireNonNull(decision, "decision");
        notes = notes == null ? "" : notes;
        if (notes.length() > MAX_NOTES_LENGTH) {
            throw new IllegalArgumentException("The notes are longer than " + MAX_NOTES_LENGTH + " characters.");
        }
    }
}
