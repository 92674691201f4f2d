package com.splitbench.ui.workspace;

import com.splitbench.analysis.AutomaticMetrics;
import com.splitbench.common.UserFacingException;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.WorkspaceContents;
import com.splitbench.ui.source.SourceFacts;
import com.splitbench.ui.table.DisplayFormats;
import com.splitbench.warehouse.SavedSource;
import com.splitbench.workspace.EventTypeSummary;
import com.splitbench.workspace.ExperimentSummary;
import com.splitbench.workspace.ImportRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds what the sidebar lists for a workspace: its imports (newest first), its saved warehouse sources, its
 * experiments (with the health found so far) and its metric library (saved metrics, then the automatic metrics of
 * the event types not saved under the same name). Runs on a worker thread, inside {@link WorkspaceSession#use}.
 */
public final class SidebarContents {

    private SidebarContents() {
    }

    public static WorkspaceContents build(WorkspaceSession.OpenWorkspace open, Map<String, ExperimentHealth> health) {
        Path location = open.location();
        Path fileName = location.getFileName();
        return new WorkspaceContents(fileName == null ? location.toString() : fileName.toString(), location,
                imports(open.workspace().imports()), sources(open), experiments(open, health), metrics(open));
    }

    /** The saved warehouse sources; one that cannot be read is listed, and its page says what is wrong. */
    static List<SidebarItem> sources(WorkspaceSession.OpenWorkspace open) {
        List<SidebarItem> items = new ArrayList<>();
        for (String name : open.definitions().dataSourceNames()) {
            String detail;
            try {
                detail = open.definitions().dataSource(name).map(SavedSource::fromJson)
                        .map(SourceFacts::sidebarDetail).orElse("");
            } catch (UserFacingException e) {
                detail = "cannot be read";
            }
            items.add(SidebarItem.source(name, detail));
        }
        return items;
    }

    static List<SidebarItem> imports(List<ImportRecord> records) {
        List<SidebarItem> items = new ArrayList<>();
        for (ImportRecord record : records) {
            String detail = record.shape().name().toLowerCase(Locale.ROOT) + " · "
                    + DisplayFormats.number(record.rowsImported(), 0) + " rows"
                    + (record.experiment() == null ? "" : " · " + record.experiment());
            items.add(SidebarItem.importedFile(Long.toString(record.id()), record.fileName(), detail));
        }
        items.sort(Comparator.comparing((SidebarItem item) -> Long.parseLong(item.key())).reversed());
        return items;
    }

    private static List<SidebarItem> experiments(WorkspaceSession.OpenWorkspace open,
                                                 Map<String, ExperimentHealth> health) {
        List<SidebarItem> items = new ArrayList<>();
        for (ExperimentSummary experiment : sortedExperiments(open)) {
            AnalysisSpec spec = ExperimentSpecs.of(open.definitions(), experiment.key());
            ExperimentHealth known = health.get(experiment.key());
            String detail = experiment.variants().size() + " variants"
                    + (known == null ? "" : " · " + DisplayFormats.number(known.users(), 0) + " users")
                    + (experiment.fromUserTable() ? " · per-user table" : "");
            items.add(SidebarItem.experiment(experiment.key(), spec.experiment().displayName(), detail,
                    known == null ? null : known.badge()));
        }
        return items;
    }

    /** The key of the experiment listed first, which the window selects when the workspace opens. */
    public static Optional<String> firstExperimentKey(WorkspaceSession.OpenWorkspace open) {
        List<ExperimentSummary> experiments = sortedExperiments(open);
        return experiments.isEmpty() ? Optional.empty() : Optional.of(experiments.get(0).key());
    }

    private static List<ExperimentSummary> sortedExperiments(WorkspaceSession.OpenWorkspace open) {
        List<ExperimentSummary> experiments = new ArrayList<>(open.workspace().eventStore().experiments());
        experiments.sort(Comparator.comparing(ExperimentSummary::key));
        return experiments;
    }

    private static List<SidebarItem> metrics(WorkspaceSession.OpenWorkspace open) {
        Map<String, SidebarItem> byName = new LinkedHashMap<>();
        for (MetricDefinition metric : open.definitions().metrics()) {
            byName.put(metric.name(), SidebarItem.metric(metric.name(), metric.name(),
                    MetricDescriptions.kind(metric) + " · saved"));
        }
        List<EventTypeSummary> types = open.workspace().eventStore().eventTypes();
        List<MetricDefinition> automatic = AutomaticMetrics.forEventTypes(
                types.stream().map(EventTypeSummary::name).toList(),
                types.stream().map(EventTypeSummary::hasValues).toList());
        for (MetricDefinition metric : automatic) {
            byName.putIfAbsent(metric.name(), SidebarItem.metric(metric.name(), metric.name(),
                    MetricDescriptions.kind(metric) + " · automatic"));
        }
        return List.copyOf(byName.values());
    }
}
