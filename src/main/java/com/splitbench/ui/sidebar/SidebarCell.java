package com.splitbench.ui.sidebar;

import com.splitbench.ui.common.HoverTooltip;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Draws a sidebar row: a section header with its count, an item with its detail line and badge, or a hint. */
final class SidebarCell extends TreeCell<SidebarNode> {

    private static final String[] KIND_CLASSES = {"sidebar-section", "sidebar-item", "sidebar-hint"};

    private final Consumer<SidebarItem> closeReport;
    private final HoverTooltip hover = HoverTooltip.on(this);
    /** An item's lines, made on the cell's first item and refilled after (items are most of the rows). */
    private SidebarItemGraphic itemLines;

    /** @param closeReport what a report item's Close report does */
    SidebarCell(Consumer<SidebarItem> closeReport) {
        this.closeReport = closeReport;
        // Cells take the tree's width instead of widening it: long names are cut with "…" and badges stay visible.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SidebarNode node, boolean empty) {
        super.updateItem(node, empty);
        getStyleClass().removeAll(KIND_CLASSES);
        setText(null);
        hover.show(null);
        setContextMenu(null);
        if (empty || node == null) {
            setGraphic(null);
            return;
        }
        if (node instanceof SidebarNode.Section) {
            SidebarNode.Section section = (SidebarNode.Section) node;
            getStyleClass().add("sidebar-section");
            Label title = new Label(section.section().title().toUpperCase(Locale.ROOT));
            Label count = new Label(Integer.toString(section.count()));
            count.getStyleClass().add("sidebar-count");
            setGraphic(row(title, count));
        } else if (node instanceof SidebarNode.Item) {
            getStyleClass().add("sidebar-item");
            showItem(((SidebarNode.Item) node).item());
        } else {
            getStyleClass().add("sidebar-hint");
            Label hint = new Label(((SidebarNode.Hint) node).text());
            hint.setWrapText(true);
            hint.setMinHeight(Region.USE_PREF_SIZE);
            hint.prefWidthProperty().bind(widthProperty().subtract(48));
            setGraphic(hint);
        }
    }

    private void showItem(SidebarItem item) {
        if (item.kind() == SidebarItem.Kind.REPORT) {
            MenuItem close = new MenuItem("Close report");
            close.setOnAction(event -> closeReport.accept(item));
            setContextMenu(new ContextMenu(close));
        }
        if (itemLines == null) {
            itemLines = new SidebarItemGraphic();
        }
        itemLines.show(item);
        setGraphic(itemLines);
        hover.show(item.badge() == null
                ? item.name() + (item.detail().isEmpty() ? "" : "\n" + item.detail())
                : item.name() + "\n\n" + item.badge().explanation());
    }

    private static HBox row(Region left, Label right) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, left, spacer, right);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
