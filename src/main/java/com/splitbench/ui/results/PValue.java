package com.splitbench.ui.results;

import com.splitbench.ui.table.DisplayFormats;
import com.splitbench.ui.table.TsvExpandable;
import java.util.List;

/**
 * A p-value cell: the adjusted p-value when the row is in a corrected family (then labelled "adj."), else the raw
 * one. Copies as the p-value shown and the raw one.
 */
public record PValue(double shown, double raw, boolean adjusted) implements TsvExpandable {

    public String text() {
        String p = DisplayFormats.pValue(shown);
        return adjusted && !p.equals(DisplayFormats.NOT_COMPUTABLE) ? p + " adj." : p;
    }

    public boolean significantAt(double alpha) {
        return shown < alpha;
    }

    @Override
    public List<String> tsvHeaders(String columnName) {
        return List.of(columnName, "p-value (unadjusted)");
    }

    @Override
    public List<Object> tsvValues() {
        return List.of(shown, raw);
    }
}
