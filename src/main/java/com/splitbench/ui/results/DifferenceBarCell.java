package com.splitbench.ui.results;

import com.splitbench.ui.table.CiAxis;
import com.splitbench.ui.table.CiBarGraphic;
import com.splitbench.ui.table.Verdict;
import com.splitbench.ui.common.HoverTooltip;
import com.splitbench.ui.common.StyleClasses;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;

/**
 * The main difference of a results row: the estimate and its interval as text, and the interval drawn as a CI bar
 * on the axis shared by every row, coloured by significance and the metric's desired direction.
 */
final class DifferenceBarCell extends TableCell<ResultLine, Difference> {

    private final ObservableValue<CiAxis> axis;
    private final CiBarGraphic bar = new CiBarGraphic();
    private final DifferenceGraphic graphic = new DifferenceGraphic(bar);
    private final InvalidationListener redraw = observable -> refresh();
    private final HoverTooltip hover = HoverTooltip.on(this);

    DifferenceBarCell(ObservableValue<CiAxis> axis) {
        this.axis = Objects.requireNonNull(axis);
        axis.addListener(new WeakInvalidationListener(redraw));
        bar.setPrefHeight(14);
        bar.setMinHeight(14);
        getStyleClass().add("difference-bar-cell");
    }

    @Override
    protected void updateItem(Difference value, boolean empty) {
        super.updateItem(value, empty);
        if (empty || value == null) {
            setGraphic(null);
            hover.show(null);
            return;
        }
        graphic.show(value.text(), value.intervalText());
        StyleClasses.showOne(graphic.estimateLine().getStyleClass(), value.interval().verdict().styleClass(),
                Verdict.styleClasses());
        refresh();
        hover.show(describe(value));
        setGraphic(graphic);
    }

    private void refresh() {
        Difference value = isEmpty() ? null : getItem();
        bar.show(value == null ? null : value.interval(), axis.getValue() == null ? new CiAxis(-1, 1)
                : axis.getValue());
    }

    static String describe(Difference value) {
        String meaning = switch (value.interval().verdict()) {
            case IMPROVEMENT -> "a significant improvement";
            case REGRESSION -> "a significant regression";
            case CHANGE -> "a significant change";
            case INCONCLUSIVE -> "not significant: the data cannot tell this from no difference";
        };
        return value.text() + ", interval " + value.intervalText() + ": " + meaning
                + ". Select the cell to see how it was computed.";
    }
}
