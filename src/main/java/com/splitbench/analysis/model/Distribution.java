package com.splitbench.analysis.model;

import java.util.List;

/**
 * A histogram of per-user values per variant on shared bins: bin i covers [edges[i], edges[i+1]), the last bin
 * is closed. Values above the last edge (outliers beyond the display range) are counted in {@code above}.
 */
public record Distribution(List<Double> edges, List<List<Long>> counts, List<Long> above) {

    public static final Distribution EMPTY = new Distribution(List.of(), List.of(), List.of());

    public Distribution {
        edges = List.copyOf(edges);
        counts = counts.stream().map(List::copyOf).toList();
        above = List.copyOf(above);
    }
}
