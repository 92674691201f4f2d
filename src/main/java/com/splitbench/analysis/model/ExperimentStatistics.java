package com.splitbench.analysis.model;

import java.util.List;
import java.util.Map;

/**
 * Everything the per-user → sufficient-statistics step produces for one experiment: per-variant user counts,
 * exposures over time, data-health counts, and the sufficient statistics of every metric overall, per segment and
 * per day. Results are computed from this alone, so a report that carries it re-opens fully interactive without
 * raw data. It holds no user-level data.
 *
 * @param experimentKey the experiment
 * @param variants variant names, sorted
 * @param users analysed users per variant, in {@link #variants} order
 * @param exposures daily first exposures per variant
 * @param health exclusion and data-quality counts
 * @param segments users per variant for each value of each dimension (for SRM per segment)
 * @param metrics the sufficient statistics of each metric
 */
public record ExperimentStatistics(
        String experimentKey,
        List<String> variants,
        List<Long> users,
        ExposureSeries exposures,
        HealthCounts health,
        Map<String, Map<String, List<Long>>> segments,
        List<MetricStatistics> metrics) {

    public ExperimentStatistics {
        variants = List.copyOf(variants);
        users = List.copyOf(users);
        segments = SortedCopies.of(segments);
        metrics = List.copyOf(metrics);
        if (users.size() != variants.size()) {
            throw new IllegalArgumentException("users per variant must match variants");
        }
    }

    public int variantIndex(String variant) {
        int index = variants.indexOf(variant);
        if (index < 0) {
            throw new IllegalArgumentException("Unknown variant " + variant);
        }
        return index;
    }

    public MetricStatistics metric(String name) {
        return metrics.stream().filter(m -> m.definition().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown metric " + name));
    }
}
