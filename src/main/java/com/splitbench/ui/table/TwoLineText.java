package com.splitbench.ui.table;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Two lines for a table cell: a number on top ("cell-main") and a smaller line below ("cell-detail"), such as the
 * sums a value comes from or an interval. Three nodes and no control: two labels in a box were six nodes, three of
 * them controls with skins, and styling the results table's cells was the largest part of the JavaFX thread's work
 * before the first results (JFR). The lower line keeps its height when empty, so that rows line up. A line too
 * long for the width ends in "…" ({@link ShownText}).
 */
public final class TwoLineText extends Region {

    private static final double LINE_GAP = 1;
    /** The lower line's size against the upper's (as 0.82em of the cell's font was, when these were labels). */
    public static final double DETAIL_SCALE = 0.82;

    private final Text main = ShownText.create("cell-main");
    private final Text detail = ShownText.create("cell-detail");
    private final Pos alignment;

    /** @param alignment where the lines sit in the room the cell gives: left or right, and top or centre */
    public TwoLineText(Pos alignment) {
        this.alignment = alignment;
        getStyleClass().add("two-line-text");
        ShownText.sizeFrom(main, detail, DETAIL_SCALE);
        getChildren().addAll(main, detail);
    }

    public void show(String mainLine, String detailLine) {
        ShownText.set(main, mainLine);
        ShownText.set(detail, detailLine);
        requestLayout();
    }

    /** The upper line, e.g. for a class that colours it. */
    public Text mainLine() {
        return main;
    }

    public Text detailLine() {
        return detail;
    }

    /**
     * A cell with no text of its own reads out its graphic's text, and a region has none; screen readers get both
     * lines in full.
     */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT) {
            return ShownText.spoken(main, detail);
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset()
                + Math.max(ShownText.fullWidth(main), ShownText.fullWidth(detail));
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + linesHeight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double width = Math.max(0, getWidth() - left - snappedRightInset());
        double room = Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset());
        double top = snappedTopInset() + switch (alignment.getVpos() == null ? VPos.TOP : alignment.getVpos()) {
            case CENTER, BASELINE -> Math.max(0, (room - linesHeight()) / 2);
            case BOTTOM -> Math.max(0, room - linesHeight());
            case TOP -> 0;
        };
        place(main, left, width, top);
        place(detail, left, width, top + ShownText.lineHeight(main) + LINE_GAP);
    }

    private double linesHeight() {
        return ShownText.lineHeight(main) + LINE_GAP + ShownText.lineHeight(detail);
    }

    private void place(Text line, double left, double width, double top) {
        ShownText.fit(line, width);
        double shown = line.getLayoutBounds().getWidth();
        HPos side = alignment.getHpos();
        double x = side == HPos.RIGHT ? left + width - shown : side == HPos.CENTER ? left + (width - shown) / 2 : left;
        line.relocate(snapPositionX(x), snapPositionY(top));
    }
}
