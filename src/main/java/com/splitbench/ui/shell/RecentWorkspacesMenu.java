package com.splitbench.ui.shell;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.layout.VBox;

/** Fills File ▸ Recent workspaces and the welcome page's recent list from the view model. */
final class RecentWorkspacesMenu {

    private static final int WELCOME_LIMIT = 5;

    private final MainWindowViewModel model;
    private final Menu menu;
    private final VBox welcomeList;

    RecentWorkspacesMenu(MainWindowViewModel model, Menu menu, VBox welcomeList) {
        this.model = model;
        this.menu = menu;
        this.welcomeList = welcomeList;
    }

    void bind() {
        menu.disableProperty().bind(model.recentWorkspacesEnabledProperty().not());
        model.recentWorkspaces().addListener((ListChangeListener<Path>) change -> rebuild());
        model.recentWorkspacesEnabledProperty().addListener((observable, before, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        List<Path> recent = model.recentWorkspaces();
        RecentMenuItems.fill(menu, recent, model::openRecentWorkspace, "Clear recent workspaces",
                model::clearRecentWorkspaces);
        welcomeList.getChildren().clear();
        if (recent.isEmpty() || !model.recentWorkspacesEnabledProperty().get()) {
            return;
        }
        welcomeList.getChildren().add(new Label("Recent workspaces"));
        for (Path directory : recent.subList(0, Math.min(WELCOME_LIMIT, recent.size()))) {
            Hyperlink link = new Hyperlink(label(directory));
            link.setMnemonicParsing(false);
            link.setOnAction(event -> model.openRecentWorkspace(directory));
            welcomeList.getChildren().add(link);
        }
    }

    /** "shop-tests — /home/ana/work", so that two workspaces with the same name can be told apart. */
    static String label(Path directory) {
        Path name = directory.getFileName();
        Path parent = directory.getParent();
        return name == null ? directory.toString() : parent == null ? name.toString() : name + " — " + parent;
    }
}
