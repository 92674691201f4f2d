package com.splitbench.analysis.local;

import com.splitbench.analysis.model.Distribution;
import com.splitbench.stats.capping.Percentiles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/** Per-variant histograms of per-user values on shared bins, for the distribution chart. */
final class Histograms {

    static final int BINS = 30;

    private Histograms() {
    }

    /**
     * Bins span the smallest value to the 99th percentile of the pooled values (so that a few whales do not
     * squash the chart); values above are counted separately. Binary metrics get two bins, 0 and 1.
     */
    static Distribution of(ExposureIndex index, IntToDoubleFunction valueOfUser, boolean binary) {
        int users = index.userCount();
        int variants = index.variants().size();
        if (users == 0) {
            return Distribution.EMPTY;
        }
        double[] values = new double[users];
        double min = Double.POSITIVE_INFINITY;
        for (int u = 0; u < users; u++) {
            values[u] = valueOfUser.applyAsDouble(u);
            min = Math.min(min, values[u]);
        }
        double lo = binary ? 0 : min;
        double hi = binary ? 2 : Percentiles.r7(values, 0.99);
        int bins = binary ? 2 : BINS;
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double width = (hi - lo) / bins;
        long[][] counts = new long[variants][bins];
        long[] above = new long[variants];
        for (int u = 0; u < users; u++) {
            int v = index.variant(u);
            double value = values[u];
            if (value > hi) {
                above[v]++;
            } else {
                counts[v][Math.min(bins - 1, (int) ((value - lo) / width))]++;
            }
        }
        List<Double> edges = new ArrayList<>();
        for (int b = 0; b <= bins; b++) {
            edges.add(lo + b * width);
        }
        List<List<Long>> countLists = new ArrayList<>();
        List<Long> aboveList = new ArrayList<>();
        for (int v = 0; v < variants; v++) {
            countLists.add(java.util.Arrays.stream(counts[v]).boxed().toList());
            aboveList.add(above[v]);
        }
        return new Distribution(edges, countLists, aboveList);
    }
}
