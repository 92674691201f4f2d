package com.splitbench.ui.results;

import com.splitbench.ui.table.CiBarGraphic;
import com.splitbench.ui.table.ShownText;
import com.splitbench.ui.table.TwoLineText;
import javafx.scene.AccessibleAttribute;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * What a difference cell draws: the estimate on the left and its interval in smaller type on the right, on one
 * baseline, and the interval's bar below across the whole width. Four nodes where a box of a row of labels and the
 * bar were nine (see {@link com.splitbench.ui.table.TwoLineText} for why that matters). When the width is too
 * small, the interval is cut to end in "…" first, then the estimate.
 */
final class DifferenceGraphic extends Region {

    /** The room between the estimate and the interval, as the row of labels this replaces had. */
    private static final double TEXT_GAP = 12;
    private static final double LINE_GAP = 1;

    private final Text estimate = ShownText.create("cell-main");
    private final Text interval = ShownText.create("cell-detail");
    private final CiBarGraphic bar;

    DifferenceGraphic(CiBarGraphic bar) {
        this.bar = bar;
        getStyleClass().add("difference-graphic");
        ShownText.sizeFrom(estimate, interval, TwoLineText.DETAIL_SCALE);
        getChildren().addAll(estimate, interval, bar);
    }

    void show(String estimateText, String intervalText) {
        ShownText.set(estimate, estimateText);
        ShownText.set(interval, intervalText);
        requestLayout();
    }

    /** The estimate's text, which its verdict colours. */
    Text estimateLine() {
        return estimate;
    }

    /** Read out in full by screen readers: the cell around it has no text of its own (see TwoLineText). */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT) {
            return ShownText.spoken(estimate, interval);
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    @Override
    protected double computePrefWidth(double height) {
        double texts = ShownText.fullWidth(estimate) + TEXT_GAP + ShownText.fullWidth(interval);
        return snappedLeftInset() + snappedRightInset() + Math.max(texts, bar.prefWidth(-1));
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + textLineHeight() + LINE_GAP + bar.prefHeight(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + textLineHeight() + LINE_GAP + bar.minHeight(-1);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double width = Math.max(0, getWidth() - left - snappedRightInset());
        double top = snappedTopInset();
        double estimateWidth = ShownText.fullWidth(estimate);
        ShownText.fit(estimate, width);
        ShownText.fit(interval, Math.max(0, width - Math.min(estimateWidth, width) - TEXT_GAP));
        double baseline = top + Math.max(ShownText.baseline(estimate), ShownText.baseline(interval));
        estimate.relocate(snapPositionX(left), snapPositionY(baseline - ShownText.baseline(estimate)));
        double intervalWidth = interval.getLayoutBounds().getWidth();
        interval.relocate(snapPositionX(left + width - intervalWidth),
                snapPositionY(baseline - ShownText.baseline(interval)));
        double barTop = top + textLineHeight() + LINE_GAP;
        double barHeight = Math.max(bar.minHeight(-1), Math.min(bar.prefHeight(-1), getHeight()
                - snappedBottomInset() - barTop));
        bar.resizeRelocate(snapPositionX(left), snapPositionY(barTop), snapSizeX(width), snapSizeY(barHeight));
    }

    /** The text line's height with both texts on one baseline. */
    private double textLineHeight() {
        double ascent = Math.max(ShownText.baseline(estimate), ShownText.baseline(interval));
        double descent = Math.max(ShownText.lineHeight(estimate) - ShownText.baseline(estimate),
                ShownText.lineHeight(interval) - ShownText.baseline(interval));
        return ascent + descent;
    }
}
