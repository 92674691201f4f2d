package com.splitbench.ui.table;

import com.splitbench.ui.common.CopyTargets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Copies a {@link TableView} to the clipboard as tab-separated text that pastes cleanly into a spreadsheet: a header
 * row with the visible columns, then the selected rows (or all rows) in the order shown, with each cell's raw value
 * at full precision rather than its rounded display.
 */
public final class TableClipboard {

    public static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");
    public static final KeyCombination COPY_ALL = KeyCombination.keyCombination("Shortcut+Shift+C");

    private TableClipboard() {
    }

    /**
     * Adds Ctrl+C (⌘C; the selection, or everything when nothing is selected), Ctrl+Shift+C (everything) and, when the
     * table has none, a context menu with both. Also registers the table as the Edit ▸ Copy target while focused.
     */
    public static void install(TableView<?> table) {
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (COPY_ALL.match(event)) {
                copy(table, false);
                event.consume();
            } else if (COPY.match(event)) {
                copy(table, true);
                event.consume();
            }
        });
        if (table.getContextMenu() == null) {
            MenuItem selection = new MenuItem("Copy selected rows");
            selection.setOnAction(event -> copy(table, true));
            MenuItem all = new MenuItem("Copy whole table");
            all.setOnAction(event -> copy(table, false));
            table.setContextMenu(new ContextMenu(selection, all));
        }
        CopyTargets.register(table, () -> copy(table, true));
    }

    /** Puts the table on the system clipboard. Call on the JavaFX thread. */
    public static void copy(TableView<?> table, boolean selectionOnly) {
        ClipboardContent content = new ClipboardContent();
        content.putString(toTsv(table, selectionOnly));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * The TSV text. With {@code selectionOnly}, the rows that hold a selected cell or row; when nothing is selected,
     * all rows. Lines end with {@code \n}.
     */
    public static String toTsv(TableView<?> table, boolean selectionOnly) {
        List<TableColumn<?, ?>> columns = new ArrayList<>();
        table.getVisibleLeafColumns().forEach(columns::add);
        List<Integer> rows = rowsToCopy(table, selectionOnly);
        List<Object> samples = new ArrayList<>();
        for (TableColumn<?, ?> column : columns) {
            samples.add(firstExpandable(column, rows));
        }
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            String name = TsvValues.clean(headerText(columns.get(c)));
            if (samples.get(c) instanceof TsvExpandable) {
                header.addAll(((TsvExpandable) samples.get(c)).tsvHeaders(name));
            } else {
                header.add(name);
            }
        }
        out.append(String.join("\t", header)).append('\n');
        for (int row : rows) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                addCells(cells, columns.get(c).getCellData(row), samples.get(c));
            }
            out.append(String.join("\t", cells)).append('\n');
        }
        return out.toString();
    }

    private static void addCells(List<String> cells, Object value, Object sample) {
        if (sample instanceof TsvExpandable) {
            int width = ((TsvExpandable) sample).tsvValues().size();
            List<Object> values = value instanceof TsvExpandable ? ((TsvExpandable) value).tsvValues() : List.of();
            for (int i = 0; i < width; i++) {
                cells.add(i < values.size() ? TsvValues.format(values.get(i)) : "");
            }
        } else {
            cells.add(TsvValues.format(value));
        }
    }

    private static Object firstExpandable(TableColumn<?, ?> column, List<Integer> rows) {
        for (int row : rows) {
            Object value = column.getCellData(row);
            if (value instanceof TsvExpandable) {
                return value;
            }
        }
        return null;
    }

    private static List<Integer> rowsToCopy(TableView<?> table, boolean selectionOnly) {
        int count = table.getItems().size();
        TreeSet<Integer> selected = new TreeSet<>();
        if (selectionOnly && table.getSelectionModel() != null) {
            table.getSelectionModel().getSelectedIndices().forEach(index -> {
                if (index != null && index >= 0 && index < count) {
                    selected.add(index);
                }
            });
        }
        if (!selected.isEmpty()) {
            return new ArrayList<>(selected);
        }
        List<Integer> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            all.add(i);
        }
        return all;
    }

    /** The column's title; a column whose title is a graphic (e.g. a label with a tooltip) uses that label. */
    static String headerText(TableColumnBase<?, ?> column) {
        String text = column.getText();
        if ((text == null || text.isBlank()) && column.getGraphic() instanceof Label) {
            text = ((Label) column.getGraphic()).getText();
        }
        text = text == null ? "" : text.strip();
        TableColumnBase<?, ?> parent = column.getParentColumn();
        if (parent != null) {
            String parentText = headerText(parent);
            return parentText.isEmpty() ? text : parentText + " " + text;
        }
        return text;
    }
}
