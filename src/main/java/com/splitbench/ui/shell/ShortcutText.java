package com.splitbench.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Writes a key combination the way the platform's menus show it: "Ctrl+Shift+O" on Linux and Windows, "⇧⌘O" on
 * macOS. Done here rather than with {@code KeyCombination.getDisplayText()}, which needs a running toolkit.
 */
public final class ShortcutText {

    private final boolean mac;

    public ShortcutText(boolean mac) {
        this.mac = mac;
    }

    public static ShortcutText forThisPlatform() {
        return new ShortcutText(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac"));
    }

    public String describe(KeyCombination combination) {
        if (!(combination instanceof KeyCodeCombination)) {
            return combination.getName();
        }
        KeyCodeCombination keys = (KeyCodeCombination) combination;
        boolean shortcut = keys.getShortcut() == KeyCombination.ModifierValue.DOWN;
        boolean control = keys.getControl() == KeyCombination.ModifierValue.DOWN || (shortcut && !mac);
        boolean meta = keys.getMeta() == KeyCombination.ModifierValue.DOWN || (shortcut && mac);
        boolean alt = keys.getAlt() == KeyCombination.ModifierValue.DOWN;
        boolean shift = keys.getShift() == KeyCombination.ModifierValue.DOWN;
        String key = keys.getCode().getName();
        if (mac) {
            // Apple's order: Control, Option, Shift, Command.
            return (control ? "⌃" : "") + (alt ? "⌥" : "") + (shift ? "⇧" : "") + (meta ? "⌘" : "") + key;
        }
        List<String> parts = new ArrayList<>();
        if (control) {
            parts.add("Ctrl");
        }
        if (alt) {
            parts.add("Alt");
        }
        if (shift) {
            parts.add("Shift");
        }
        if (meta) {
            parts.add("Meta");
        }
        parts.add(key);
        return String.join("+", parts);
    }
}
