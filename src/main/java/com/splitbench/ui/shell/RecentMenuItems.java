package com.splitbench.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The items of a File ▸ Recent … menu: one per path, newest first, then a separator and a Clear item. */
final class RecentMenuItems {

    private RecentMenuItems() {
    }

    static void fill(Menu menu, List<Path> recent, Consumer<Path> open, String clearText, Runnable clear) {
        menu.getItems().clear();
        for (Path path : recent) {
            MenuItem item = new MenuItem(RecentWorkspacesMenu.label(path));
            item.setMnemonicParsing(false);
            item.setOnAction(event -> open.accept(path));
            menu.getItems().add(item);
        }
        if (!recent.isEmpty()) {
            MenuItem clearItem = new MenuItem(clearText);
            clearItem.setOnAction(event -> clear.run());
            menu.getItems().addAll(new SeparatorMenuItem(), clearItem);
        }
    }
}
