package com.splitbench.ui.shell;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

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
        List<Path> recent = model.recentReports();
        menu.getItems().clear();
        for (Path file : recent) {
            MenuItem item = new MenuItem(RecentWorkspacesMenu.label(file));
            item.setMnemonicParsing(false);
            item.setOnAction(event -> model.openRecentReport(file));
            menu.getItems().add(item);
        }
        if (!recent.isEmpty()) {
            MenuItem clear = new MenuItem("Clear recent reports");
            clear.setOnAction(event -> model.clearRecentReports());
            menu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }
}
