package com.splitbench.ui.table;

import com.splitbench.ui.common.StyleClasses;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * Draws one interval on a shared axis: a thin line at zero, a bar from the low to the high bound, a dot at the
 * estimate. Colours come from CSS by verdict ({@code .ci-bar.verdict-improvement .ci-range} and so on), so they
 * follow the light and dark themes. An end beyond the axis is clamped and marked open.
 */
public final class CiBarGraphic extends Region {

    private static final PseudoClass OPEN_LOW = PseudoClass.getPseudoClass("open-low");
    private static final PseudoClass OPEN_HIGH = PseudoClass.getPseudoClass("open-high");
    private static final String STYLESHEET =
            Objects.requireNonNull(CiBarGraphic.class.getResource("table.css")).toExternalForm();
    private static final double BAR_HEIGHT = 6;
    private static final double DOT_RADIUS = 4;

    private final Line zero = new Line();
    private final Region range = new Region();
    private final Circle dot = new Circle(DOT_RADIUS);
    private CiAxis axis = new CiAxis(-1, 1);
    private IntervalEstimate interval;

    public CiBarGraphic() {
        getStyleClass().add("ci-bar");
        zero.getStyleClass().add("ci-zero");
        range.getStyleClass().add("ci-range");
        dot.getStyleClass().add("ci-estimate");
        range.setManaged(false);
        zero.setManaged(false);
        dot.setManaged(false);
        getChildren().addAll(zero, range, dot);
        setMinHeight(18);
        setPrefHeight(18);
        setPrefWidth(160);
    }

    /** The bar's own stylesheet, so that any table using it is styled without extra set-up. */
    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    public void show(IntervalEstimate value, CiAxis onAxis) {
        this.interval = value;
        this.axis = onAxis;
        StyleClasses.showOne(getStyleClass(), value == null ? null : value.verdict().styleClass(),
                Verdict.styleClasses());
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset() + DOT_RADIUS;
        double width = Math.max(0, getWidth() - left - snappedRightInset() - DOT_RADIUS);
        double middle = snappedTopInset() + (getHeight() - snappedTopInset() - snappedBottomInset()) / 2;
        double zeroX = snapPositionX(left + axis.fraction(0) * width) + 0.5;
        zero.setStartX(zeroX);
        zero.setEndX(zeroX);
        zero.setStartY(snappedTopInset() + 1);
        zero.setEndY(getHeight() - snappedBottomInset() - 1);
        boolean hasRange = interval != null && !Double.isNaN(interval.low()) && !Double.isNaN(interval.high());
        range.setVisible(hasRange);
        if (hasRange) {
            double x0 = left + axis.fraction(interval.low()) * width;
            double x1 = left + axis.fraction(interval.high()) * width;
            range.resizeRelocate(snapPositionX(x0), snapPositionY(middle - BAR_HEIGHT / 2),
                    Math.max(2, snapSizeX(x1 - x0)), BAR_HEIGHT);
            range.pseudoClassStateChanged(OPEN_LOW, interval.low() < axis.min());
            range.pseudoClassStateChanged(OPEN_HIGH, interval.high() > axis.max());
        }
        boolean hasEstimate = interval != null && Double.isFinite(interval.estimate());
        dot.setVisible(hasEstimate);
        if (hasEstimate) {
            dot.setCenterX(left + axis.fraction(interval.estimate()) * width);
            dot.setCenterY(middle);
        }
    }
}
