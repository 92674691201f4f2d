package com.splitbench.ui.table;

import com.splitbench.ui.common.HoverTooltip;
import java.util.Objects;
import java.util.function.DoubleFunction;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;

/**
 * A table cell that draws an {@link IntervalEstimate} as a CI bar on an axis shared by every row of the column, so
 * that intervals can be compared at a glance. When the rows change, compute a new {@link CiAxis#covering} and set it
 * on the shared property; all cells redraw.
 */
public final class CiBarCell<S> extends TableCell<S, IntervalEstimate> {

    private final ObservableValue<CiAxis> axis;
    private final DoubleFunction<String> format;
    private final CiBarGraphic graphic = new CiBarGraphic();
    // Held by the cell: the weak wrapper lets a discarded cell be collected although the axis lives on.
    private final InvalidationListener redraw = observable -> refreshGraphic();
    private final HoverTooltip hover = HoverTooltip.on(this);

    /**
     * @param axis   the axis shared by the column's cells
     * @param format how the tooltip writes the numbers, e.g. {@code v -> DisplayFormats.signedPercent(v, 2)}
     */
    public CiBarCell(ObservableValue<CiAxis> axis, DoubleFunction<String> format) {
        this.axis = Objects.requireNonNull(axis);
        this.format = Objects.requireNonNull(format);
        axis.addListener(new WeakInvalidationListener(redraw));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        getStyleClass().add("ci-bar-cell");
    }

    @Override
    protected void updateItem(IntervalEstimate value, boolean empty) {
        super.updateItem(value, empty);
        if (empty || value == null) {
            setGraphic(null);
            hover.show(null);
            return;
        }
        refreshGraphic();
        setGraphic(graphic);
        hover.show(describe(value));
    }

    private void refreshGraphic() {
        IntervalEstimate value = isEmpty() ? null : getItem();
        CiAxis current = axis.getValue();
        graphic.show(value, current == null ? new CiAxis(-1, 1) : current);
    }

    /** "+2.41%, 95% CI +0.80% to +4.02%: an improvement". */
    String describe(IntervalEstimate value) {
        String meaning = switch (value.verdict()) {
            case IMPROVEMENT -> "a significant improvement";
            case REGRESSION -> "a significant regression";
            case CHANGE -> "a significant change";
            case INCONCLUSIVE -> "not significant: the data cannot tell this from no difference";
        };
        return format.apply(value.estimate()) + ", CI " + format.apply(value.low()) + " to "
                + format.apply(value.high()) + ": " + meaning;
    }
}
