package com.splitbench.ui.shell;

import com.splitbench.ui.settings.UiSettings;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.stage.WindowEvent;

/**
 * Shows and hides the sidebar by taking it out of the split pane (hiding it would leave an empty strip), and keeps
 * its width in pixels across runs.
 *
 * <p>A split pane places its divider by share of its width, and the first layouts happen before the window has its
 * final size. So the sidebar is pinned to the remembered width until the window has shown, then let go; from then
 * on, the width the user drags it to is remembered.
 */
final class SidebarToggle {

    private final SplitPane split;
    private final Region sidebar;
    private final MainWindowViewModel model;
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
        sidebar.widthProperty().addListener((observable, before, width) -> {
            if (remembering && split.getItems().contains(sidebar) && width.doubleValue() > 0) {
                model.sidebarWidthProperty().set(width.doubleValue());
            }
        });
        apply(model.sidebarVisibleProperty().get());
        split.sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, b, window) -> {
                    if (window != null) {
                        window.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> Platform.runLater(this::release));
                    }
                });
            }
        });
    }

    private void apply(boolean visible) {
        if (visible && !split.getItems().contains(sidebar)) {
            pin();
            split.getItems().add(0, sidebar);
            if (remembering) {
                release();
            }
        } else if (!visible) {
            split.getItems().remove(sidebar);
        }
    }

    private void pin() {
        double width = model.sidebarWidthProperty().get();
        sidebar.setMinWidth(width);
        sidebar.setMaxWidth(width);
    }

    private void release() {
        split.applyCss();
        split.layout();
        Node divider = split.lookup(".split-pane-divider");
        if (split.getItems().contains(sidebar) && split.getWidth() > 0 && divider != null) {
            // The pin held the width, but the divider's own position is still the default half: move it to where
            // the pin drew it (the position is the divider's centre).
            split.getDividers().get(0).setPosition(divider.getBoundsInParent().getCenterX() / split.getWidth());
        }
        sidebar.setMinWidth(UiSettings.MIN_SIDEBAR_WIDTH);
        sidebar.setMaxWidth(UiSettings.MAX_SIDEBAR_WIDTH);
        remembering = true;
    }
}
