package com.splitbench.ui.testing;

import com.splitbench.ui.table.ShownText;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

/**
 * Whether a table shows what it holds: labels JavaFX shortened to fit (e.g. "&lt; 0.001 …" for "&lt; 0.001 adj."),
 * and columns beyond the table's visible width. A labelled control draws its text through a {@link Text} child
 * (style class "text") that holds what is actually shown; an elided label's child holds less than the label.
 * Call on the FX thread, after layout.
 */
public final class TableFit {

    private TableFit() {
    }

    /** Every shown label under {@code root} drawn shorter than its text, as "full text → shown text". */
    public static List<String> elided(Node root) {
        List<String> elided = new ArrayList<>();
        collect(root, elided);
        return elided;
    }

    /** The titles of the visible columns whose header reaches past the table's visible width. */
    public static List<String> columnsOutOfView(TableView<?> table) {
        Node clip = table.lookup(".clipped-container");
        Bounds view = clip.localToScene(clip.getLayoutBounds());
        List<String> outside = new ArrayList<>();
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader && node.isVisible()) {
                Bounds header = node.localToScene(node.getLayoutBounds());
                // JavaFX's constrained resize policy rounds each column to whole pixels and can end the last one a
                // pixel past the clip (seen at 1600 px with a segment column): not something a user can see.
                if (header.getMinX() < view.getMinX() - 1.5 || header.getMaxX() > view.getMaxX() + 1.5) {
                    outside.add(title(((TableColumnHeader) node).getTableColumn()));
                }
            }
        }
        return outside;
    }

    /**
     * How many rows of the table a user can read without scrolling: shown rows holding an item whose whole height
     * lies inside the table's viewport (below the column headers, above a horizontal scroll bar), and inside the
     * window and every clip above the table (a table taller than its page is cut off, not readable).
     */
    public static int rowsInView(TableView<?> table) {
        Node clip = table.lookup(".clipped-container");
        Bounds view = clip.localToScene(clip.getLayoutBounds());
        double top = Math.max(view.getMinY(), 0);
        double bottom = Math.min(view.getMaxY(), table.getScene().getHeight());
        for (Node above = table.getParent(); above != null; above = above.getParent()) {
            if (above.getClip() != null) {
                Bounds cut = above.localToScene(above.getClip().getBoundsInParent());
                top = Math.max(top, cut.getMinY());
                bottom = Math.min(bottom, cut.getMaxY());
            }
        }
        int rows = 0;
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow && node.isVisible() && !((TableRow<?>) node).isEmpty()
                    && ((TableRow<?>) node).getItem() != null) {
                Bounds row = node.localToScene(node.getLayoutBounds());
                if (row.getHeight() > 0 && row.getMinY() >= top - 0.5 && row.getMaxY() <= bottom + 0.5) {
                    rows++;
                }
            }
        }
        return rows;
    }

    /** Whether the table's horizontal scroll bar is showing. */
    public static boolean scrollsSideways(TableView<?> table) {
        return table.lookupAll(".scroll-bar").stream()
                .anyMatch(node -> node instanceof ScrollBar && ((ScrollBar) node).getOrientation()
                        == Orientation.HORIZONTAL && node.isVisible());
    }

    private static String title(TableColumnBase<?, ?> column) {
        return column.getText() == null && column.getGraphic() instanceof Label
                ? ((Label) column.getGraphic()).getText() : column.getText();
    }

    private static void collect(Node node, List<String> elided) {
        if (node.isVisible() && node instanceof Text && ShownText.isCut((Text) node)) {
            // A cell's own text node (ui.table.ShownText), cut to fit like a label's.
            elided.add(ShownText.full((Text) node) + " → " + ((Text) node).getText());
        }
        if (!node.isVisible() || !(node instanceof Parent)) {
            return;
        }
        if (node instanceof Labeled) {
            String full = ((Labeled) node).getText();
            if (full != null && !full.isEmpty()) {
                for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                    if (child instanceof Text && child.getStyleClass().contains("text")
                            && !full.equals(((Text) child).getText())) {
                        elided.add(full + " → " + ((Text) child).getText());
                    }
                }
            }
        }
        for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
            collect(child, elided);
        }
    }
}
