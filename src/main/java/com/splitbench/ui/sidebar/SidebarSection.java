package com.splitbench.ui.sidebar;

/** The sidebar's sections, top to bottom. */
public enum SidebarSection {
    DATA("Data"),
    EXPERIMENTS("Experiments"),
    METRICS("Metric library"),
    /** Report files opened in this session; the section is hidden while it is empty. */
    REPORTS("Reports");

    private final String title;

    SidebarSection(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
