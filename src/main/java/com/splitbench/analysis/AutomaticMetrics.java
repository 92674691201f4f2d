package com.splitbench.analysis;

import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.MetricRole;
import com.splitbench.spec.ValueFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * The metrics an export shows with no set-up. For each event type T: a binary {@code T_rate} (the share of users
 * with at least one T) and, when T's events carry values, a mean {@code T_value} (the summed value per user; a
 * type whose events never carry a value would give a metric that is 0 for everyone). For a per-user table: one
 * metric per column, named as the column. Automatic metrics are goals, so that a correction chosen on the
 * command line without a spec applies to all of them.
 */
public final class AutomaticMetrics {

    private AutomaticMetrics() {
    }

    public static List<MetricDefinition> forEventTypes(List<String> types, List<Boolean> hasValues) {
        List<MetricDefinition> metrics = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i);
            metrics.add(MetricDefinition.of(type + "_rate", new MetricKind.Binary(type, ValueFilter.NONE))
                    .withRole(MetricRole.GOAL));
            if (hasValues.get(i)) {
                metrics.add(MetricDefinition.of(type + "_value", new MetricKind.Mean(type, ValueFilter.NONE))
                        .withRole(MetricRole.GOAL));
            }
        }
        return metrics;
    }

    public static List<MetricDefinition> forColumns(List<String> columns) {
        return columns.stream()
                .map(column -> MetricDefinition.of(column, new MetricKind.Column(column, null))
                        .withRole(MetricRole.GOAL))
                .toList();
    }
}
