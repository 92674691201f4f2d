package com.splitbench.ui.shell;

import javafx.application.Platform;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.stage.WindowEvent;

/**
 * Shows and hides the sidebar by taking it out of the split pane (hiding it would leave an empty strip), and
 * remembers where the user put the divider.
 */
final class SidebarToggle {

    private final SplitPane split;
    private final Region sidebar;
    private final MainWindowViewModel model;
    /** Off until the window shows: the layouts before that move the divider while the window is still sizing. */
    private boolean remembering;

    SidebarToggle(SplitPane split, Region sidebar, MainWindowViewModel model) {
        this.split = split;
        this.sidebar = sidebar;
        this.model = model;
    }

    void bind() {
        SplitPane.setResizableWithParent(sidebar, false);
        split.getItems().remove(sidebar);
        model.sidebarVisibleProperty().addListener((observable, before, visible) -> apply(visible));
        apply(model.sidebarVisibleProperty().get());
        split.sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, b, window) -> {
                    if (window != null) {
                        window.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> Platform.runLater(() -> {
                            apply(model.sidebarVisibleProperty().get());
                            remembering = true;
                        }));
                    }
                });
            }
        });
    }

    private void apply(boolean visible) {
        if (visible && !split.getItems().contains(sidebar)) {
            split.getItems().add(0, sidebar);
            split.getDividers().get(0).positionProperty().addListener((observable, before, now) -> {
                if (remembering) {
                    model.sidebarDividerProperty().set(now.doubleValue());
                }
            });
        } else if (!visible) {
            split.getItems().remove(sidebar);
        }
        if (visible) {
            split.getDividers().get(0).setPosition(model.sidebarDividerProperty().get());
        }
    }
}
