package com.splitbench.ui.metric;

import com.splitbench.spec.MetricDefinition;
import java.util.List;

/**
 * What metric editors offer to choose from.
 *
 * @param eventTypes the event types in the data
 * @param library    the saved metrics of the workspace
 * @param automatic  the automatic metrics of the data (of one experiment when it is a per-user table)
 * @param columns    the metric columns of the experiment's per-user table; empty for event data
 */
public record MetricCatalog(List<String> eventTypes, List<MetricDefinition> library, List<MetricDefinition> automatic,
                            List<String> columns) {

    public static final MetricCatalog EMPTY = new MetricCatalog(List.of(), List.of(), List.of(), List.of());

    public MetricCatalog {
        eventTypes = List.copyOf(eventTypes);
        library = List.copyOf(library);
        automatic = List.copyOf(automatic);
        columns = List.copyOf(columns);
    }
}
