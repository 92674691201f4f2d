package com.splitbench.ui.table;

import java.util.Objects;
import java.util.function.DoubleFunction;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A right-aligned number cell: it shows the value through a formatter (e.g. "2.66%") and keeps the raw double as its
 * item, which the tooltip shows in full and {@link TableClipboard} copies.
 */
public final class FormattedNumberCell<S> extends TableCell<S, Number> {

    private final DoubleFunction<String> formatter;

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
            setTooltip(null);
            return;
        }
        double raw = value.doubleValue();
        setText(formatter.apply(raw));
        String full = TsvValues.format(value);
        setTooltip(full.isEmpty() || full.equals(getText()) ? null : new Tooltip(full));
    }
}
