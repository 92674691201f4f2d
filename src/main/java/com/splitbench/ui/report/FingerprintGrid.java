package com.splitbench.ui.report;

import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;

/**
 * Fills the header's data-fingerprint grid: one row per file with its SHA-256 shortened, the full value in the
 * tooltip, and a click (or the context menu) copying it.
 */
final class FingerprintGrid {

    private FingerprintGrid() {
    }

    static void fill(GridPane grid, List<FingerprintLine> lines) {
        grid.getChildren().clear();
        for (int row = 0; row < lines.size(); row++) {
            FingerprintLine line = lines.get(row);
            grid.addRow(row, label(line.name(), "fingerprint-name"), label(line.detail(), "fingerprint-detail"));
            if (!line.sha256().isEmpty()) {
                grid.add(hash(line.sha256(), line.shortHash()), 2, row);
            }
        }
    }

    /**
     * Fills the grid with name and value pairs side by side, {@code perRow} pairs to a row, e.g. the exclusion counts:
     * short lines that would otherwise make the fingerprint tall and narrow.
     */
    static void fillSideBySide(GridPane grid, List<FingerprintLine> lines, int perRow) {
        grid.getChildren().clear();
        for (int index = 0; index < lines.size(); index++) {
            FingerprintLine line = lines.get(index);
            Label name = label(line.name(), "fingerprint-name");
            Label detail = label(line.detail(), "fingerprint-detail");
            int column = index % perRow * 2;
            if (column > 0) {
                name.getStyleClass().add("fingerprint-later-pair");
            }
            grid.add(name, column, index / perRow);
            GridPane.setHalignment(detail, HPos.RIGHT);
            grid.add(detail, column + 1, index / perRow);
        }
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Label hash(String full, String shortened) {
        Label hash = new Label("SHA-256 " + shortened);
        hash.getStyleClass().add("fingerprint-hash");
        Tooltip tooltip = new Tooltip("SHA-256 " + full + "\nClick to copy the full value.");
        tooltip.getStyleClass().add("fingerprint-hash-tooltip");
        hash.setTooltip(tooltip);
        hash.setUserData(full);
        hash.setOnMouseClicked(event -> copy(full));
        MenuItem copy = new MenuItem("Copy SHA-256");
        copy.setOnAction(event -> copy(full));
        hash.setContextMenu(new ContextMenu(copy));
        return hash;
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
