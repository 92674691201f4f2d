package com.splitbench.ui.sidebar;

/** The sidebar's sections, top to bottom. */
public enum SidebarSection {
    DATA("Data"),
    /** Warehouse sources saved in the workspace; the section is hidden while it is empty. */
    SOURCES("Warehouse sources"),
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
