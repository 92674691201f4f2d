package com.splitbench.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * Keeps the bottom pane of a vertical two-pane {@link SplitPane} at the height it had when shown, or the height the
 * user last dragged it to. A pane that is not {@linkplain SplitPane#setResizableWithParent resizable with its
 * parent} keeps its height while the split pane grows, but it gives height up when the split pane gets shorter than
 * both panes need, and JavaFX never hands it back: on a report, opening and closing the data fingerprint left the
 * explanation below the results 43 px shorter for good. This gives it back once there is room again. UI thread.
 */
public final class BottomPaneHeight {

    private final SplitPane split;
    private final Region bottom;
    /** The height the bottom pane should have; NaN until the split pane was first laid out. */
    private double wanted = Double.NaN;
    private boolean scheduled;
    private boolean dragging;

    private BottomPaneHeight(SplitPane split, Region bottom) {
        this.split = split;
        this.bottom = bottom;
    }

    /** Keeps {@code bottom}, the second item of {@code split}, at its height. */
    public static void keep(SplitPane split, Region bottom) {
        if (split.getItems().size() != 2 || split.getItems().get(1) != bottom) {
            throw new IllegalArgumentException("bottom must be the second of the split pane's two items");
        }
        BottomPaneHeight height = new BottomPaneHeight(split, bottom);
        // Only the split pane's own height: the bottom pane's changes also come from the user's drags.
        split.heightProperty().addListener(observable -> height.schedule());
        // The divider only moves by mouse; what the user leaves it at is the height they want. A drag that ends off
        // the divider (pulled past where it can go) counts too.
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> height.dragging = isOnDivider(event));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            if (height.dragging) {
                height.dragging = false;
                Platform.runLater(height::remember);
            }
        });
    }

    private static boolean isOnDivider(MouseEvent event) {
        for (Node node = event.getPickResult().getIntersectedNode(); node != null; node = node.getParent()) {
            if (node.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    private void remember() {
        if (bottom.getHeight() > 0) {
            wanted = bottom.getHeight();
        }
    }

    /** After the layout that changed a height has finished. */
    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            Platform.runLater(() -> {
                scheduled = false;
                restore();
            });
        }
    }

    private void restore() {
        double content = split.getHeight() - split.snappedTopInset() - split.snappedBottomInset();
        if (content <= 0 || bottom.getHeight() <= 0) {
            return;
        }
        if (Double.isNaN(wanted)) {
            wanted = bottom.getHeight();
            return;
        }
        if (bottom.getHeight() >= wanted - 0.5) {
            return;
        }
        // The divider's centre sits at position × content height; the bottom pane starts half a divider below it.
        double divider = dividerThickness();
        double position = 1 - (wanted + divider / 2) / content;
        // The split pane itself keeps the top pane at its minimum height, so an oversized wish only takes what is
        // left; the next change of height tries again.
        split.setDividerPosition(0, Math.max(0, Math.min(1, position)));
    }

    private double dividerThickness() {
        Node divider = split.lookup(".split-pane-divider");
        return divider == null ? 0 : divider.getLayoutBounds().getHeight();
    }
}
