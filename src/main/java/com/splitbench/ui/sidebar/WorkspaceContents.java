package com.splitbench.ui.sidebar;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the sidebar shows for an open workspace (reports are not part of a workspace). The workspace services build it; the shell shows it.
 *
 * @param name     the workspace's display name (by default its folder name)
 * @param location the workspace folder
 * @param sources  the warehouse sources saved in it
 */
public record WorkspaceContents(String name, Path location, List<SidebarItem> imports, List<SidebarItem> sources,
                                List<SidebarItem> experiments, List<SidebarItem> metrics) {

    public WorkspaceContents {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        imports = checked(imports, SidebarItem.Kind.IMPORT);
        sources = checked(sources, SidebarItem.Kind.SOURCE);
        experiments = checked(experiments, SidebarItem.Kind.EXPERIMENT);
        metrics = checked(metrics, SidebarItem.Kind.METRIC);
    }

    /** Contents without warehouse sources. */
    public WorkspaceContents(String name, Path location, List<SidebarItem> imports, List<SidebarItem> experiments,
                             List<SidebarItem> metrics) {
        this(name, location, imports, List.of(), experiments, metrics);
    }

    /** The same contents with other experiments (their health badges changed). */
    public WorkspaceContents withExperiments(List<SidebarItem> changed) {
        return new WorkspaceContents(name, location, imports, sources, changed, metrics);
    }

    /** A workspace with nothing in it yet, named after its folder. */
    public static WorkspaceContents empty(Path location) {
        Path fileName = location.getFileName();
        return new WorkspaceContents(fileName == null ? location.toString() : fileName.toString(), location,
                List.of(), List.of(), List.of());
    }

    public List<SidebarItem> items(SidebarSection section) {
        return switch (section) {
            case DATA -> imports;
            case SOURCES -> sources;
            case EXPERIMENTS -> experiments;
            case METRICS -> metrics;
            case REPORTS -> List.of();
        };
    }

    private static List<SidebarItem> checked(List<SidebarItem> items, SidebarItem.Kind kind) {
        List<SidebarItem> copy = List.copyOf(items);
        for (SidebarItem item : copy) {
            if (item.kind() != kind) {
                throw new IllegalArgumentException(item.name() + " is a " + item.kind() + ", not a " + kind);
            }
        }
        return copy;
    }
}
