package com.splitbench.ui.sidebar;

import com.splitbench.ui.common.HoverTooltip;
import com.splitbench.ui.common.StyleClasses;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Draws a sidebar row: a section header with its count, an item with its detail line and badge, or a hint. */
final class SidebarCell extends TreeCell<SidebarNode> {

    private static final List<String> KIND_CLASSES = List.of("sidebar-section", "sidebar-item", "sidebar-hint");

    private final Consumer<SidebarItem> closeReport;
    private final HoverTooltip hover = HoverTooltip.on(this);
    /** An item's lines, made on the cell's first item and refilled after (items are most of the rows). */
    private SidebarItemGraphic itemLines;
    /** A section header's title and count, made on the cell's first header and refilled after. */
    private Label sectionTitle;
    private Label sectionCount;
    private HBox sectionRow;

    /** @param closeReport what a report item's Close report does */
    SidebarCell(Consumer<SidebarItem> closeReport) {
        this.closeReport = closeReport;
        // Cells take the tree's width instead of widening it: long names are cut with "…" and badges stay visible.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SidebarNode node, boolean empty) {
        super.updateItem(node, empty);
        setText(null);
        hover.show(null);
        setContextMenu(null);
        if (empty || node == null) {
            showKind(null);
            // Hidden, not dropped: the tree empties a cell and fills it again as it rebuilds, and a graphic that
            // leaves the cell and comes back is restyled from scratch with everything it holds.
            if (getGraphic() != null) {
                getGraphic().setVisible(false);
            }
            // JavaFX's tree cell skin leaves an emptied cell's disclosure arrow as it was, so a row below the last
            // section kept the arrow of the header it showed before the tree shrank. Filled again, the skin shows
            // the arrow for a branch itself.
            if (getDisclosureNode() != null) {
                getDisclosureNode().setVisible(false);
            }
            return;
        }
        if (node instanceof SidebarNode.Section) {
            SidebarNode.Section section = (SidebarNode.Section) node;
            showKind("sidebar-section");
            if (sectionTitle == null) {
                sectionTitle = new Label();
                sectionCount = new Label();
                sectionCount.getStyleClass().add("sidebar-count");
                sectionRow = row(sectionTitle, sectionCount);
            }
            sectionTitle.setText(section.section().title().toUpperCase(Locale.ROOT));
            sectionCount.setText(Integer.toString(section.count()));
            show(sectionRow);
        } else if (node instanceof SidebarNode.Item) {
            showKind("sidebar-item");
            showItem(((SidebarNode.Item) node).item());
        } else {
            showKind("sidebar-hint");
            Label hint = new Label(((SidebarNode.Hint) node).text());
            hint.setWrapText(true);
            hint.setMinHeight(Region.USE_PREF_SIZE);
            hint.prefWidthProperty().bind(widthProperty().subtract(48));
            show(hint);
        }
    }

    /**
     * Gives the cell the class of its row's kind. The tree refills its cells several times as a workspace opens,
     * mostly with rows of the same kind, which then keep their class and are not restyled.
     */
    private void showKind(String kind) {
        StyleClasses.showOne(getStyleClass(), kind, KIND_CLASSES);
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
        show(itemLines);
        hover.show(item.badge() == null
                ? item.name() + (item.detail().isEmpty() ? "" : "\n" + item.detail())
                : item.name() + "\n\n" + item.badge().explanation());
    }

    private void show(Node graphic) {
        graphic.setVisible(true);
        setGraphic(graphic);
    }

    private static HBox row(Region left, Label right) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, left, spacer, right);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
