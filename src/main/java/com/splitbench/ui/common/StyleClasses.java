package com.splitbench.ui.common;

import java.util.List;

/**
 * Classes of which a node carries at most one, such as a verdict's or a health badge's. Changing a node's classes
 * restyles it and everything it holds, and cells are refilled far more often than what they show changes kind: so
 * the classes change only when the chosen one does.
 */
public final class StyleClasses {

    private StyleClasses() {
    }

    /** Leaves {@code classes} with {@code chosen} (or none, if null) out of {@code group}, changing them only if needed. */
    public static void showOne(List<String> classes, String chosen, List<String> group) {
        for (String other : group) {
            if (!other.equals(chosen) && classes.contains(other)) {
                classes.remove(other);
            }
        }
        if (chosen != null && !classes.contains(chosen)) {
            classes.add(chosen);
        }
    }
}
