package com.splitbench.ui.charts;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;

/** Writes an axis tick at index i as the i-th label (e.g. a date), so a category series can sit on a number axis. */
final class IndexLabels extends NumberFormat {

    private static final long serialVersionUID = 1L;

    private final List<String> labels;

    IndexLabels(List<String> labels) {
        this.labels = List.copyOf(labels);
    }

    @Override
    public StringBuffer format(double number, StringBuffer target, FieldPosition position) {
        return format(Math.round(number), target, position);
    }

    @Override
    public StringBuffer format(long number, StringBuffer target, FieldPosition position) {
        return target.append(number >= 0 && number < labels.size() ? labels.get((int) number) : "");
    }

    @Override
    public Number parse(String source, ParsePosition position) {
        int index = labels.indexOf(source);
        position.setIndex(index < 0 ? 0 : position.getIndex() + source.length());
        return index < 0 ? null : index;
    }
}
