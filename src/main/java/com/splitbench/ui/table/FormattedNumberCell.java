package com.splitbench.ui.table;

import com.splitbench.ui.common.HoverTooltip;
import java.util.Objects;
import java.util.function.DoubleFunction;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;

/**
 * A right-aligned number cell: it shows the value through a formatter (e.g. "2.66%") and keeps the raw double as its
 * item, which the tooltip shows in full and {@link TableClipboard} copies.
 */
public final class FormattedNumberCell<S> extends TableCell<S, Number> {

    private final DoubleFunction<String> formatter;
    private final HoverTooltip hover = HoverTooltip.on(this);

    public FormattedNumberCell(DoubleFunction<String> formatter) {
        this.formatter = Objects.requireNonNull(formatter);
        setAlignment(Pos.CENTER_RIGHT);
        getStyleClass().add("number-cell");
    }

    @Override
    protected void updateItem(Number value, boolean empty) {
        super.updateItem(value, empty);
        if (empty || value == null) {
            setText(null);
            hover.show(null);
            return;
        }
        double raw = value.doubleValue();
        setText(formatter.apply(raw));
        String full = TsvValues.format(value);
        hover.show(full.isEmpty() || full.equals(getText()) ? null : full);
    }
}
