package com.splitbench.ui.table;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Keeps every visible column of a table at least as wide as its header and its widest cell, so that no number is
 * cut to "…". The column widths are measured, not guessed: a window of 1280 px, a side panel or a long interval
 * would otherwise cut the last columns. The table's constrained resize policy then shares out the room left over;
 * when even the content widths do not fit, the table scrolls sideways instead (a constrained policy would cut the
 * last columns off at the right edge).
 *
 * <p>The rows in view are measured in the cells the table has just laid out and styled for them. Other rows are
 * measured the way JavaFX sizes a column on a double-click of its header edge: a cell from the column's own
 * factory shows each row in turn inside the table (in a stand-in row), so the table's style sheets apply. Styling
 * is most of the cost of a first results screen, so the rows in view are not styled twice. UI thread.
 */
public final class ColumnWidths<S> {

    /** Rows measured per column; beyond this a wider cell further down is rare and the cost grows. */
    static final int MAX_ROWS_MEASURED = 500;
    /** Text widths are fractional and the label rounds; without this the last glyph can still turn into "…". */
    private static final double ROUNDING_ROOM = 2;

    private final TableView<S> table;
    /** The table's own policy, used while the columns fit: it shares out the room left over. */
    @SuppressWarnings("rawtypes")
    private final Callback<TableView.ResizeFeatures, Boolean> whenFitting;
    /** Set when a fit is due; the next pulse of the table's scene fits before it lays the table out. */
    private boolean due;
    private boolean measure;
    /** The scene whose pulses fit the columns, and the listener that does it there. */
    private Scene pulsing;
    private final Runnable beforeLayout = this::fitIfDue;

    private ColumnWidths(TableView<S> table) {
        this.table = table;
        this.whenFitting = table.getColumnResizePolicy();
    }

    /**
     * Fits the columns now and whenever the rows, the visible columns or the header of a column present now change,
     * and when any of {@code alsoOn} changes (e.g. a choice that changes what the cells show for the same rows).
     * Call once the table has its columns and its (constrained) resize policy.
     */
    public static <S> void fitContent(TableView<S> table, Observable... alsoOn) {
        ColumnWidths<S> widths = new ColumnWidths<>(table);
        InvalidationListener refit = observable -> widths.schedule(true);
        table.itemsProperty().addListener((observable, before, now) -> {
            if (before != null) {
                before.removeListener(refit);
            }
            if (now != null) {
                now.addListener(refit);
            }
            widths.schedule(true);
        });
        if (table.getItems() != null) {
            table.getItems().addListener(refit);
        }
        table.getVisibleLeafColumns().addListener(refit);
        table.getColumns().forEach(column -> watchHeader(column, refit));
        table.skinProperty().addListener(refit);
        table.sceneProperty().addListener(refit);
        for (Observable observable : alsoOn) {
            observable.addListener(refit);
        }
        // A new width needs no new measuring, only the choice between filling the width and scrolling.
        table.widthProperty().addListener(observable -> widths.schedule(false));
        widths.schedule(true);
    }

    private static void watchHeader(TableColumn<?, ?> column, InvalidationListener refit) {
        column.textProperty().addListener(refit);
        if (column.getGraphic() instanceof Labeled) {
            ((Labeled) column.getGraphic()).textProperty().addListener(refit);
        }
    }

    /**
     * Fits once, at the start of the next pulse, before the scene is styled and laid out: several changes often
     * arrive together, and a fit after the layout would show the rows for a frame with their texts cut to "…" (on
     * the installed app that frame was the first one with results).
     */
    private void schedule(boolean remeasure) {
        measure |= remeasure;
        due = true;
        Scene scene = table.getScene();
        if (scene != pulsing) {
            // The listener moves with the table. A table changes scene when a page is shown or dropped, in an event
            // handler, never while a scene walks its pulse listeners (which would not allow the change).
            if (pulsing != null) {
                pulsing.removePreLayoutPulseListener(beforeLayout);
            }
            pulsing = scene;
            if (scene != null) {
                scene.addPreLayoutPulseListener(beforeLayout);
            }
        }
        if (scene != null) {
            Platform.requestNextPulse();
        }
    }

    private void fitIfDue() {
        if (due && table.getScene() == pulsing) {
            due = false;
            fit();
        }
    }

    private void fit() {
        if (table.getScene() == null) {
            return;
        }
        // Builds the skin and its column headers if this is the table's first showing.
        table.applyCss();
        table.layout();
        if (!(table.getSkin() instanceof SkinBase)) {
            return;
        }
        if (measure) {
            measure = false;
            SkinBase<?> skin = (SkinBase<?>) table.getSkin();
            Map<TableColumnBase<?, ?>, Measured> inView = measureRowsInView();
            for (TableColumn<S, ?> column : List.copyOf(table.getVisibleLeafColumns())) {
                Measured shown = inView.getOrDefault(column, new Measured());
                double cells = Math.max(shown.widest, widestCell(column, skin, shown.rows));
                double content = Math.ceil(Math.max(headerWidth(column), cells)) + ROUNDING_ROOM;
                column.setMinWidth(content);
                column.setPrefWidth(content);
            }
        }
        // A constrained policy never scrolls sideways: columns that do not fit would be cut off at the right edge.
        TableView.ResizeFeatures<S> all = new TableView.ResizeFeatures<>(table, null, 0.0);
        double needed = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        boolean fits = needed <= all.getContentWidth();
        @SuppressWarnings("rawtypes")
        Callback<TableView.ResizeFeatures, Boolean> policy = fits ? whenFitting
                : TableView.UNCONSTRAINED_RESIZE_POLICY;
        if (table.getColumnResizePolicy() != policy) {
            table.setColumnResizePolicy(policy);
        } else if (fits) {
            // A null column asks the policy to share the table's width out again, within the new minimums.
            policy.call(all);
        }
    }

    private double headerWidth(TableColumn<S, ?> column) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader && ((TableColumnHeader) node).getTableColumn() == column) {
                TableColumnHeader header = (TableColumnHeader) node;
                Node label = header.lookup(".label");
                return header.snappedLeftInset() + header.snappedRightInset()
                        + (label == null ? 0 : label.prefWidth(-1));
            }
        }
        return 0;
    }

    /** The widest cell of a column among the rows in view, and which rows those are. */
    private static final class Measured {
        final BitSet rows = new BitSet();
        double widest;
    }

    /**
     * The content widths of the cells the table has laid out: the rows in view. Rows in the flow's pile of spare
     * cells and its hidden measuring row are left out (they are not visible, or their parent is not).
     */
    private Map<TableColumnBase<?, ?>, Measured> measureRowsInView() {
        Map<TableColumnBase<?, ?>, Measured> measured = new HashMap<>();
        int size = table.getItems() == null ? 0 : table.getItems().size();
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (!(node instanceof TableRow) || !node.isVisible() || node.getParent() == null
                    || !node.getParent().isVisible()) {
                continue;
            }
            TableRow<?> row = (TableRow<?>) node;
            int index = row.getIndex();
            if (row.isEmpty() || row.getTableView() != table || index < 0 || index >= size) {
                continue;
            }
            for (Node child : row.getChildrenUnmodifiable()) {
                if (child instanceof TableCell && child.isVisible()) {
                    TableCell<?, ?> cell = (TableCell<?, ?>) child;
                    if (cell.getIndex() == index && cell.getTableColumn() != null) {
                        Measured column = measured.computeIfAbsent(cell.getTableColumn(), c -> new Measured());
                        column.rows.set(index);
                        column.widest = Math.max(column.widest, contentWidth(cell));
                    }
                }
            }
        }
        return measured;
    }

    /** The widest cell of the column among the first rows, leaving out those already measured in view. */
    private <T> double widestCell(TableColumn<S, T> column, SkinBase<?> skin, BitSet inView) {
        int rows = table.getItems() == null ? 0 : Math.min(table.getItems().size(), MAX_ROWS_MEASURED);
        if (column.getCellFactory() == null || inView.nextClearBit(0) >= rows) {
            return 0;
        }
        TableCell<S, T> cell = column.getCellFactory().call(column);
        TableRow<S> row = new TableRow<>();
        row.updateTableView(table);
        cell.updateTableView(table);
        cell.updateTableColumn(column);
        cell.updateTableRow(row);
        // The themes style cells as children of a row ("-fx-padding" of ".table-row-cell > .table-cell").
        Pane inRow = new Pane(cell);
        inRow.getStyleClass().setAll("table-row-cell");
        skin.getChildren().add(inRow);
        double widest = 0;
        try {
            boolean first = true;
            for (int index = inView.nextClearBit(0); index < rows; index = inView.nextClearBit(index + 1)) {
                row.updateIndex(index);
                cell.updateIndex(index);
                // The first pass creates the cell's skin, which adds the graphic; the second styles the graphic.
                cell.applyCss();
                if (first) {
                    cell.applyCss();
                    first = false;
                }
                widest = Math.max(widest, contentWidth(cell));
            }
        } finally {
            cell.updateIndex(-1);
            skin.getChildren().remove(inRow);
        }
        return widest;
    }

    /** The cell's padding plus its graphic and its text, as a label lays them out side by side. */
    static double contentWidth(TableCell<?, ?> cell) {
        if (cell.isEmpty()) {
            return 0;
        }
        double width = cell.snappedLeftInset() + cell.snappedRightInset();
        Node graphic = cell.getGraphic();
        if (graphic != null && graphic.isManaged()) {
            width += graphic.prefWidth(-1);
        }
        String text = cell.getText();
        if (text != null && !text.isEmpty()) {
            Text measured = new Text(text);
            measured.setFont(cell.getFont());
            width += measured.getLayoutBounds().getWidth() + (graphic == null ? 0 : cell.getGraphicTextGap());
        }
        return width;
    }
}
