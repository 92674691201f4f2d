package com.splitbench.ui.report;

import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;

/**
 * Keeps a report's open data fingerprint from taking the results' height. A report is opened to read its results,
 * so the fingerprint's scroll pane may only be as tall as the page allows once the selected tab has the height its
 * content needs (the results table keeps room for its rows, see report.css); what does not fit scrolls. It keeps two
 * lines even on a window too short for both, so that it can always be read.
 */
final class FingerprintHeight {

    /** About two lines of the fingerprint. */
    static final double LEAST = 44;

    private final Region page;
    private final Region header;
    private final TitledPane pane;
    private final ScrollPane scroll;
    private final TabPane tabs;

    private FingerprintHeight(Region page, Region header, TitledPane pane, ScrollPane scroll, TabPane tabs) {
        this.page = page;
        this.header = header;
        this.pane = pane;
        this.scroll = scroll;
        this.tabs = tabs;
    }

    /**
     * Bounds {@code scroll}, the content of {@code pane} in {@code header}, whenever the page, the header or the
     * tabs change size, the pane opens, or another tab is chosen.
     *
     * @param page   the report's page: the header above the tabs, nothing else
     */
    static void bound(Region page, Region header, TitledPane pane, ScrollPane scroll, TabPane tabs) {
        FingerprintHeight height = new FingerprintHeight(page, header, pane, scroll, tabs);
        InvalidationListener update = observable -> height.update();
        page.heightProperty().addListener(update);
        page.widthProperty().addListener(update);
        header.heightProperty().addListener(update);
        tabs.heightProperty().addListener(update);
        pane.expandedProperty().addListener(update);
        tabs.getSelectionModel().selectedItemProperty().addListener(update);
    }

    private void update() {
        if (!pane.isExpanded() || page.getHeight() <= 0) {
            return;
        }
        double restOfHeader = header.getHeight() - (scroll.isVisible() ? scroll.getHeight() : 0);
        double left = page.getHeight() - page.snappedTopInset() - page.snappedBottomInset() - restOfHeader
                - tabsNeed();
        scroll.setMaxHeight(Math.max(LEAST, Math.floor(left)));
    }

    /** What the tabs need: their own header and insets, and the minimum height of the selected tab's content. */
    private double tabsNeed() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        Node content = selected == null ? null : selected.getContent();
        if (content == null || content.getLayoutBounds().getHeight() <= 0) {
            return 0;
        }
        double contentWidth = content.getLayoutBounds().getWidth();
        // The tab header and insets are measured against the tab's content area, not the content itself: content
        // given less than its minimum runs past the area, and counting its height then took that overflow for room.
        if (content.getParent() instanceof Region) {
            Region area = (Region) content.getParent();
            return tabs.getHeight() - area.getHeight() + area.snappedTopInset() + area.snappedBottomInset()
                    + content.minHeight(contentWidth);
        }
        return tabs.getHeight() - content.getLayoutBounds().getHeight() + content.minHeight(contentWidth);
    }
}
