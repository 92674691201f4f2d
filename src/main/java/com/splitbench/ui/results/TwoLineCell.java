package com.splitbench.ui.results;

import com.splitbench.ui.common.HoverTooltip;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;

/**
 * A results cell with a number on top and a smaller line underneath (the sums a value comes from, or an interval).
 * The item stays the raw value, so the clipboard copies it at full precision.
 */
final class TwoLineCell<T> extends TableCell<ResultLine, T> {

    private final Function<T, String> main;
    private final Function<T, String> detail;
    private final Function<T, String> tooltip;
    private final Label top = new Label();
    private final Label bottom = new Label();
    private final VBox box = new VBox(1, top, bottom);
    private final HoverTooltip hover = HoverTooltip.on(this);

    TwoLineCell(Function<T, String> main, Function<T, String> detail, Function<T, String> tooltip, Pos alignment) {
        this.main = main;
        this.detail = detail;
        this.tooltip = tooltip;
        top.getStyleClass().add("cell-main");
        bottom.getStyleClass().add("cell-detail");
        box.setAlignment(alignment);
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
        top.setText(main.apply(value));
        String below = detail.apply(value);
        bottom.setText(below);
        bottom.setVisible(!below.isEmpty());
        String tip = tooltip.apply(value);
        hover.show(tip);
        setGraphic(box);
    }
}
