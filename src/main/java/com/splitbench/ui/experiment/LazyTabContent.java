package com.splitbench.ui.experiment;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Keeps the content of a tab out of the scene until the tab is first selected. A tab pane keeps every tab's content
 * in the scene graph, hidden, so styling and laying out a page costs as much as all its tabs together; with the
 * charts, power and definition tabs attached, the first results took seconds longer to appear. The controllers and
 * view models behind the detached content exist and stay bound: only the nodes wait.
 */
final class LazyTabContent {

    private LazyTabContent() {
    }

    /** Detaches every tab's content but the selected one's, and attaches each when its tab is first selected. */
    static void install(TabPane tabs) {
        Map<Tab, Node> waiting = new HashMap<>();
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        for (Tab tab : tabs.getTabs()) {
            if (tab != selected && tab.getContent() != null) {
                waiting.put(tab, tab.getContent());
                tab.setContent(null);
            }
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            Node content = now == null ? null : waiting.remove(now);
            if (content != null) {
                now.setContent(content);
            }
        });
    }
}
