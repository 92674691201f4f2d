package com.splitbench.ui.shell;

import com.splitbench.ui.sidebar.SidebarItem;
import java.util.Optional;
import javafx.scene.Node;

/**
 * Builds the view the centre shows for a selected sidebar item: the experiment overview and results for an
 * experiment, the import summary for an import, the metric editor for a metric. The views load their own data with
 * the task executor; this call must return at once.
 */
@FunctionalInterface
public interface SidebarItemViews {

    /** @return the view, or empty when this kind of item has none yet (the centre then shows only the header) */
    Optional<Node> viewFor(SidebarItem item);

    static SidebarItemViews none() {
        return item -> Optional.empty();
    }
}
