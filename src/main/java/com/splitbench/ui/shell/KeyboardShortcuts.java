package com.splitbench.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCombination;

/** The rows of the keyboard-shortcut help, built from {@link ShellCommand} so they match the menus. */
final class KeyboardShortcuts {

    private KeyboardShortcuts() {
    }

    static List<List<String>> rows(ShortcutText text) {
        List<List<String>> rows = new ArrayList<>();
        for (ShellCommand command : ShellCommand.values()) {
            String label = command == ShellCommand.COPY ? "Copy (table rows as TSV, a chart as an image)"
                    : command.label().replace("…", "");
            command.shortcut().ifPresent(keys -> rows.add(List.of(label, text.describe(keys))));
        }
        rows.add(List.of("Copy a whole table as TSV", text.describe(
                KeyCombination.keyCombination("Shortcut+Shift+C"))));
        return rows;
    }
}
