package com.splitbench.ui.sidebar;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sidebar's state: the open workspace, the items of each section and the selected item. Keeps the selection
 * across refreshes when the selected item is still there (matched by kind and key), so an import that adds data
 * does not throw the user out of the experiment they were looking at.
 */
public final class SidebarViewModel {

    private final ReadOnlyObjectWrapper<WorkspaceContents> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final Map<SidebarSection, ObservableList<SidebarItem>> sections = new EnumMap<>(SidebarSection.class);
    private final Map<SidebarSection, ObservableList<SidebarItem>> readOnlySections =
            new EnumMap<>(SidebarSection.class);
    private final ObjectProperty<SidebarItem> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    /**
     * The last item shown before the one selected now (or, with nothing selected, the last one shown), for going
     * back to it when a report is closed. A right click on another report selects it, so this is what the user was
     * looking at before they opened its menu.
     */
    private SidebarItem shownBefore;

    public SidebarViewModel() {
        for (SidebarSection section : SidebarSection.values()) {
            ObservableList<SidebarItem> items = FXCollections.observableArrayList();
            sections.put(section, items);
            readOnlySections.put(section, FXCollections.unmodifiableObservableList(items));
        }
        selectedItem.addListener((observable, before, now) -> {
            if (before != null && !before.isSameItemAs(now)) {
                shownBefore = before;
            }
        });
    }

    /** The open workspace, or null before one was opened. */
    public ReadOnlyObjectProperty<WorkspaceContents> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public WorkspaceContents getWorkspace() {
        return workspace.get();
    }

    public ObservableList<SidebarItem> items(SidebarSection section) {
        return readOnlySections.get(section);
    }

    /** The item whose view fills the centre, or null. */
    public ObjectProperty<SidebarItem> selectedItemProperty() {
        return selectedItem;
    }

    public SidebarItem getSelectedItem() {
        return selectedItem.get();
    }

    /** Shows a workspace's contents. Reports opened earlier stay listed. */
    public void show(WorkspaceContents contents) {
        Objects.requireNonNull(contents, "contents");
        SidebarItem selected = selectedItem.get();
        boolean sameWorkspace = workspace.get() != null && workspace.get().location().equals(contents.location());
        workspace.set(contents);
        for (SidebarSection section : SidebarSection.values()) {
            // Only sections that changed: each change rebuilds that part of the tree, and a health badge arriving
            // changes one experiment.
            if (section != SidebarSection.REPORTS && !sections.get(section).equals(contents.items(section))) {
                sections.get(section).setAll(contents.items(section));
            }
        }
        selectedItem.set(selected == null || (!sameWorkspace && selected.kind() != SidebarItem.Kind.REPORT)
                ? null : find(selected).orElse(null));
    }

    /** Lists the report (once, by key) and selects it. */
    public void showReport(SidebarItem report) {
        if (report.kind() != SidebarItem.Kind.REPORT) {
            throw new IllegalArgumentException(report.name() + " is not a report");
        }
        List<SidebarItem> reports = sections.get(SidebarSection.REPORTS);
        reports.removeIf(existing -> existing.key().equals(report.key()));
        reports.add(report);
        selectedItem.set(report);
    }

    /**
     * Takes the report (by key) out of the Reports section. When it was shown (or nothing was), the centre shows
     * what {@link NextAfterClosing} chooses: the item shown before it, another open report, the workspace's first
     * experiment, or nothing.
     */
    public void closeReport(SidebarItem report) {
        List<SidebarItem> reports = sections.get(SidebarSection.REPORTS);
        int index = (int) reports.stream().takeWhile(existing -> !existing.key().equals(report.key())).count();
        reports.removeIf(existing -> existing.key().equals(report.key()));
        SidebarItem selected = selectedItem.get();
        if (selected == null || selected.isSameItemAs(report)) {
            List<SidebarItem> experiments = workspace.get() == null ? List.of()
                    : sections.get(SidebarSection.EXPERIMENTS);
            selectedItem.set(NextAfterClosing.choose(report, shownBefore, List.copyOf(reports), index, this::find,
                    List.copyOf(experiments)));
        }
    }

    /** Selects the listed item with the same kind and key, or nothing when it is not listed. */
    public void select(SidebarItem item) {
        selectedItem.set(item == null ? null : find(item).orElse(null));
    }

    private Optional<SidebarItem> find(SidebarItem item) {
        return sections.get(item.section()).stream()
                .filter(candidate -> candidate.key().equals(item.key()))
                .findFirst();
    }
}
