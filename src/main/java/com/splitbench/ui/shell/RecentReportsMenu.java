package com.splitbench.ui.shell;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;

/** Fills File ▸ Open recent report from the view model, like {@link RecentWorkspacesMenu} does for workspaces. */
final class RecentReportsMenu {

    private final MainWindowViewModel model;
    private final Menu menu;

    RecentReportsMenu(MainWindowViewModel model, Menu menu) {
        this.model = model;
        this.menu = menu;
    }

    void bind() {
        menu.disableProperty().bind(model.recentReportsEnabledProperty().not());
        model.recentReports().addListener((ListChangeListener<Path>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        RecentMenuItems.fill(menu, model.recentReports(), model::openRecentReport, "Clear recent reports",
                model::clearRecentReports);
    }
}
