package com.splitbench.ui.common;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;

/**
 * What Edit ▸ Copy copies: the focused text field's selection, or the copy action registered on the focused node or
 * one of its parents (a table registers "copy as TSV", a chart "copy image").
 */
public final class CopyTargets {

    private static final String KEY = CopyTargets.class.getName();

    private CopyTargets() {
    }

    public static void register(Node node, Runnable copyAction) {
        node.getProperties().put(KEY, Objects.requireNonNull(copyAction));
    }

    /** Whether Copy would do something with this focus owner. */
    public static boolean canCopy(Node focusOwner) {
        return focusOwner instanceof TextInputControl || find(focusOwner) != null;
    }

    /** @return whether something was copied */
    public static boolean copyFrom(Node focusOwner) {
        if (focusOwner instanceof TextInputControl) {
            ((TextInputControl) focusOwner).copy();
            return true;
        }
        Runnable action = find(focusOwner);
        if (action == null) {
            return false;
        }
        action.run();
        return true;
    }

    private static Runnable find(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            Object action = current.getProperties().get(KEY);
            if (action instanceof Runnable) {
                return (Runnable) action;
            }
        }
        return null;
    }
}
