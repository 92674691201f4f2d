package com.splitbench.ui.sidebar;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the centre shows once the report it showed is closed, so that closing never strands the user on "pick
 * something" while there is something to show: the item shown before, when it is still listed and is not the closed
 * report; else another open report (the one listed after the closed one, or before it when it was the last); else
 * the workspace's first experiment; else nothing (the start page without a workspace).
 */
final class NextAfterClosing {

    private NextAfterClosing() {
    }

    /**
     * @param closed      the report closed
     * @param shownBefore the item shown before the closed report was selected, or null
     * @param reportsLeft the reports still listed, in order
     * @param closedIndex where the closed report was listed among the reports
     * @param listed      the listed item of the same kind and key as the given one, if there is one
     * @param experiments the open workspace's experiments, in order; empty without a workspace
     * @return the item to select, or null for none
     */
    static SidebarItem choose(SidebarItem closed, SidebarItem shownBefore, List<SidebarItem> reportsLeft,
                              int closedIndex, Function<SidebarItem, Optional<SidebarItem>> listed,
                              List<SidebarItem> experiments) {
        if (shownBefore != null && !shownBefore.isSameItemAs(closed)) {
            Optional<SidebarItem> stillListed = listed.apply(shownBefore);
            if (stillListed.isPresent()) {
                return stillListed.get();
            }
        }
        if (!reportsLeft.isEmpty()) {
            return reportsLeft.get(Math.max(0, Math.min(closedIndex, reportsLeft.size() - 1)));
        }
        return experiments.isEmpty() ? null : experiments.get(0);
    }
}
