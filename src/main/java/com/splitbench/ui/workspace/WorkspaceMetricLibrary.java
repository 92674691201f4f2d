package com.splitbench.ui.workspace;

import com.splitbench.analysis.AutomaticMetrics;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.ui.metric.MetricCatalog;
import com.splitbench.ui.metric.MetricLibrary;
import com.splitbench.workspace.EventTypeSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The metric library of one open workspace, through the session's lock. */
public final class WorkspaceMetricLibrary implements MetricLibrary {

    private final WorkspaceSession session;
    private final Path location;

    public WorkspaceMetricLibrary(WorkspaceSession session, Path location) {
        this.session = session;
        this.location = location;
    }

    @Override
    public MetricCatalog catalog() throws Exception {
        return session.use(location, open -> {
            List<EventTypeSummary> types = open.workspace().eventStore().eventTypes();
            return new MetricCatalog(types.stream().map(EventTypeSummary::name).toList(),
                    open.definitions().metrics(), automatic(types), List.of());
        });
    }

    @Override
    public Optional<MetricDefinition> find(String name) throws Exception {
        return session.use(location, open -> {
            Optional<MetricDefinition> saved = open.definitions().metrics().stream()
                    .filter(metric -> metric.name().equals(name)).findFirst();
            return saved.isPresent() ? saved : automatic(open.workspace().eventStore().eventTypes()).stream()
                    .filter(metric -> metric.name().equals(name)).findFirst();
        });
    }

    @Override
    public void save(MetricDefinition metric) throws Exception {
        session.use(location, open -> {
            open.definitions().saveMetric(metric);
            return null;
        });
    }

    private static List<MetricDefinition> automatic(List<EventTypeSummary> types) {
        return AutomaticMetrics.forEventTypes(types.stream().map(EventTypeSummary::name).toList(),
                types.stream().map(EventTypeSummary::hasValues).toList());
    }
}
