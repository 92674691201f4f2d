package com.splitbench.ui.sidebar;

/** What a row of the sidebar tree holds: a section header, an item, or a hint in an empty section. */
public sealed interface SidebarNode {

    record Section(SidebarSection section, int count) implements SidebarNode {
    }

    record Item(SidebarItem item) implements SidebarNode {
    }

    record Hint(String text) implements SidebarNode {
    }

    /** What an empty section says, so that a new user knows how to fill it. */
    static String emptyHint(SidebarSection section) {
        return switch (section) {
            case DATA -> "No imports yet. Drop export files here or use File ▸ Import files.";
            case SOURCES -> "";
            case EXPERIMENTS -> "Experiments appear once assignments are imported.";
            case METRICS -> "Metrics appear once events are imported.";
            case REPORTS -> "";
        };
    }
}
