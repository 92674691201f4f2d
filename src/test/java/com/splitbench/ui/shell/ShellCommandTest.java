package com.splitbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

class ShellCommandTest {

    @Test
    void noTwoCommandsShareAShortcut() {
        Set<KeyCombination> seen = new HashSet<>();
        for (ShellCommand command : ShellCommand.values()) {
            command.shortcut().ifPresent(keys -> assertThat(seen.add(keys)).as(command + " " + keys).isTrue());
        }
    }

    @Test
    void theFileMenuHasTheShortcutsUsersExpect() {
        assertThat(ShellCommand.NEW_WORKSPACE.shortcut()).contains(KeyCombination.keyCombination("Shortcut+N"));
        assertThat(ShellCommand.OPEN_WORKSPACE.shortcut()).contains(KeyCombination.keyCombination("Shortcut+O"));
        assertThat(ShellCommand.IMPORT.shortcut()).contains(KeyCombination.keyCombination("Shortcut+I"));
        assertThat(ShellCommand.SAVE_REPORT.shortcut()).contains(KeyCombination.keyCombination("Shortcut+S"));
        assertThat(ShellCommand.QUIT.shortcut()).contains(KeyCombination.keyCombination("Shortcut+Q"));
        assertThat(ShellCommand.COPY.shortcut()).contains(KeyCombination.keyCombination("Shortcut+C"));
    }

    @Test
    void onlyFileCommandsNeedTheServices() {
        assertThat(Arrays.stream(ShellCommand.values()).filter(ShellCommand::needsServices)
                .allMatch(command -> command.menu() == ShellCommand.MenuName.FILE)).isTrue();
        assertThat(ShellCommand.QUIT.needsServices()).isFalse();
    }

    @Test
    void writesShortcutsAsEachPlatformShowsThem() {
        KeyCombination openReport = KeyCombination.keyCombination("Shortcut+Shift+O");

        assertThat(new ShortcutText(false).describe(openReport)).isEqualTo("Ctrl+Shift+O");
        assertThat(new ShortcutText(true).describe(openReport)).isEqualTo("⇧⌘O");
        assertThat(new ShortcutText(false).describe(KeyCombination.keyCombination("F1"))).isEqualTo("F1");
    }
}
