package com.splitbench.ui.results;

import com.splitbench.ui.common.HoverTooltip;
import com.splitbench.ui.table.TwoLineText;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;

/**
 * A results cell with a number on top and a smaller line underneath (the sums a value comes from, or an interval).
 * The item stays the raw value, so the clipboard copies it at full precision.
 */
final class TwoLineCell<T> extends TableCell<ResultLine, T> {

    private final Function<T, String> main;
    private final Function<T, String> detail;
    private final Function<T, String> tooltip;
    private final TwoLineText lines;
    private final HoverTooltip hover = HoverTooltip.on(this);

    TwoLineCell(Function<T, String> main, Function<T, String> detail, Function<T, String> tooltip, Pos alignment) {
        this.main = main;
        this.detail = detail;
        this.tooltip = tooltip;
        this.lines = new TwoLineText(alignment);
        getStyleClass().add("two-line-cell");
    }

    @Override
    protected void updateItem(T value, boolean empty) {
        super.updateItem(value, empty);
        if (empty || value == null) {
            setGraphic(null);
            hover.show(null);
            return;
        }
        lines.show(main.apply(value), detail.apply(value));
        hover.show(tooltip.apply(value));
        setGraphic(lines);
    }
}
