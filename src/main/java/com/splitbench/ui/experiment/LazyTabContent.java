package com.splitbench.ui.experiment;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Builds a tab's view when the tab is first selected. A tab pane keeps every tab's content in the scene graph,
 * hidden, so loading, styling and laying out a page cost as much as all its tabs together: with the overview,
 * charts, power and definition views built at once, the first results took seconds longer to appear
 * (BENCHMARKS.md, "Start-up to the first results screen"). Their view models exist from the start; only the views
 * wait.
 */
final class LazyTabContent {

    private LazyTabContent() {
    }

    /**
     * Gives each tab whose id is a key of {@code views} its view when it is first selected (at once for the tab
     * selected now). UI thread.
     */
    static void install(TabPane tabs, Map<String, Supplier<? extends Node>> views) {
        Map<Tab, Supplier<? extends Node>> waiting = new HashMap<>();
        for (Tab tab : tabs.getTabs()) {
            Supplier<? extends Node> view = views.get(tab.getId());
            if (view != null) {
                waiting.put(tab, view);
            }
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> build(now, waiting));
        build(tabs.getSelectionModel().getSelectedItem(), waiting);
    }

    private static void build(Tab tab, Map<Tab, Supplier<? extends Node>> waiting) {
        Supplier<? extends Node> view = tab == null ? null : waiting.remove(tab);
        if (view != null) {
            tab.setContent(view.get());
        }
    }
}
