package com.splitbench.ui.shell;

import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * Shows and hides the sidebar by taking it out of the split pane (hiding it would leave an empty strip), and
 * remembers where the divider was.
 */
final class SidebarToggle {

    private final SplitPane split;
    private final Region sidebar;
    private final MainWindowViewModel model;

    SidebarToggle(SplitPane split, Region sidebar, MainWindowViewModel model) {
        this.split = split;
        this.sidebar = sidebar;
        this.model = model;
    }

    void bind() {
        SplitPane.setResizableWithParent(sidebar, false);
        model.sidebarVisibleProperty().addListener((observable, before, visible) -> apply(visible));
        apply(model.sidebarVisibleProperty().get());
    }

    private void apply(boolean visible) {
        if (visible && !split.getItems().contains(sidebar)) {
            split.getItems().add(0, sidebar);
        } else if (!visible) {
            if (split.getItems().contains(sidebar) && !split.getDividers().isEmpty()) {
                model.sidebarDividerProperty().set(split.getDividers().get(0).getPosition());
            }
            split.getItems().remove(sidebar);
        }
        if (visible && !split.getDividers().isEmpty()) {
            split.getDividers().get(0).setPosition(model.sidebarDividerProperty().get());
            split.getDividers().get(0).positionProperty().addListener((observable, before, now) ->
                    model.sidebarDividerProperty().set(now.doubleValue()));
        }
    }
}
