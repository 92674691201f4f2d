package com.splitbench.ui.source;

/** How the user's data is laid out: assignments and events, or one row per user with metric columns. */
public enum SourceLayout {
    ASSIGNMENTS_AND_EVENTS("Assignments and events"),
    USER_TABLE("A per-user table");

    private final String label;

    SourceLayout(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
