package com.splitbench.ui.sidebar;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * Keeps a {@link TreeView} in step with a {@link SidebarViewModel}: one expanded branch per section, items below,
 * and the tree's selection and the view model's selection mirrored both ways. Selecting a header or hint selects
 * nothing.
 */
public final class SidebarTree {

    private final TreeView<SidebarNode> tree;
    private final SidebarViewModel model;
    private final TreeItem<SidebarNode> root = new TreeItem<>();
    private final Map<SidebarSection, TreeItem<SidebarNode>> branches = new EnumMap<>(SidebarSection.class);
    private final Consumer<SidebarItem> closeReport;
    private boolean syncing;

    private SidebarTree(TreeView<SidebarNode> tree, SidebarViewModel model, Consumer<SidebarItem> closeReport) {
        this.tree = tree;
        this.model = model;
        this.closeReport = closeReport;
    }

    /** Binds the tree to the model. */
    public static void bind(TreeView<SidebarNode> tree, SidebarViewModel model) {
        bind(tree, model, report -> model.closeReport(report));
    }

    /** Binds the tree to the model; a report item's context menu offers Close report, which calls closeReport. */
    public static void bind(TreeView<SidebarNode> tree, SidebarViewModel model, Consumer<SidebarItem> closeReport) {
        new SidebarTree(tree, model, closeReport).install();
    }

    private void install() {
        tree.setShowRoot(false);
        tree.setRoot(root);
        tree.setCellFactory(view -> new SidebarCell(closeReport));
        tree.getStyleClass().add("sidebar-tree");
        for (SidebarSection section : SidebarSection.values()) {
            TreeItem<SidebarNode> branch = new TreeItem<>();
            branch.setExpanded(true);
            branches.put(section, branch);
            ObservableList<SidebarItem> items = model.items(section);
            items.addListener((ListChangeListener<SidebarItem>) change -> rebuild(section));
            rebuild(section);
        }
        tree.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (!syncing) {
                syncing = true;
                model.select(now != null && now.getValue() instanceof SidebarNode.Item
                        ? ((SidebarNode.Item) now.getValue()).item() : null);
                syncing = false;
            }
        });
        model.selectedItemProperty().addListener((observable, before, now) -> selectInTree(now));
        // Which sections show depends on whether a workspace is open; their items rebuild them on their own.
        model.workspaceProperty().addListener((observable, before, now) -> {
            if ((before == null) != (now == null)) {
                for (SidebarSection section : SidebarSection.values()) {
                    rebuild(section);
                }
            }
        });
    }

    private void rebuild(SidebarSection section) {
        ObservableList<SidebarItem> items = model.items(section);
        TreeItem<SidebarNode> branch = branches.get(section);
        branch.setValue(new SidebarNode.Section(section, items.size()));
        syncing = true;
        try {
            branch.getChildren().clear();
            if (items.isEmpty()) {
                branch.getChildren().add(new TreeItem<>(new SidebarNode.Hint(SidebarNode.emptyHint(section))));
            }
            for (SidebarItem item : items) {
                branch.getChildren().add(new TreeItem<>(new SidebarNode.Item(item)));
            }
            // Without a workspace the data sections would only hold hints about a workspace that is not there.
            boolean shown = section == SidebarSection.REPORTS ? !items.isEmpty()
                    : model.getWorkspace() != null && (section != SidebarSection.SOURCES || !items.isEmpty());
            root.getChildren().remove(branch);
            if (shown) {
                root.getChildren().add(shownIndex(section), branch);
            }
        } finally {
            syncing = false;
        }
        selectInTree(model.getSelectedItem());
    }

    private int shownIndex(SidebarSection section) {
        int index = 0;
        for (SidebarSection earlier : SidebarSection.values()) {
            if (earlier == section) {
                return index;
            }
            if (root.getChildren().contains(branches.get(earlier))) {
                index++;
            }
        }
        return index;
    }

    private void selectInTree(SidebarItem item) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            TreeItem<SidebarNode> match = item == null ? null : branches.get(item.section()).getChildren().stream()
                    .filter(child -> child.getValue() instanceof SidebarNode.Item
                            && ((SidebarNode.Item) child.getValue()).item().equals(item))
                    .findFirst().orElse(null);
            if (match == null) {
                tree.getSelectionModel().clearSelection();
            } else {
                tree.getSelectionModel().select(match);
            }
        } finally {
            syncing = false;
        }
    }
}
