package com.splitbench.ui.metric;

import com.splitbench.spec.MetricDefinition;
import java.util.Optional;

/** The workspace's metric library, as the metric page reads and writes it. Every method runs on a worker thread. */
public interface MetricLibrary {

    /** The event types and saved metrics to choose from. */
    MetricCatalog catalog() throws Exception;

    /** A saved metric, or the automatic metric of the data with that name. */
    Optional<MetricDefinition> find(String name) throws Exception;

    void save(MetricDefinition metric) throws Exception;
}
