package com.splitbench.ui.shell;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javafx.scene.input.KeyCombination;

/**
 * Everything the menus can do, with its label and keyboard shortcut. The menus, their accelerators and the
 * keyboard-shortcut help are all built from this one list, so they cannot disagree.
 */
public enum ShellCommand {
    NEW_WORKSPACE(MenuName.FILE, "New workspace…", "Shortcut+N"),
    OPEN_WORKSPACE(MenuName.FILE, "Open workspace…", "Shortcut+O"),
    IMPORT(MenuName.FILE, "Import files…", "Shortcut+I"),
    CONNECT_WAREHOUSE(MenuName.FILE, "Connect to a warehouse…", null),
    OPEN_REPORT(MenuName.FILE, "Open report…", "Shortcut+Shift+O"),
    SAVE_REPORT(MenuName.FILE, "Save report…", "Shortcut+S"),
    VERIFY_REPORT(MenuName.FILE, "Verify report against workspace", null),
    EXPORT_HTML(MenuName.FILE, "Export as HTML…", "Shortcut+E"),
    EXPORT_CSV(MenuName.FILE, "Export results as CSV…", "Shortcut+Shift+E"),
    QUIT(MenuName.FILE, "Quit", "Shortcut+Q"),
    COPY(MenuName.EDIT, "Copy", "Shortcut+C"),
    TOGGLE_SIDEBAR(MenuName.VIEW, "Show sidebar", "Shortcut+B"),
    LIGHT_THEME(MenuName.VIEW, "Light theme", null),
    DARK_THEME(MenuName.VIEW, "Dark theme", null),
    KEYBOARD_SHORTCUTS(MenuName.HELP, "Keyboard shortcuts", "F1"),
    ABOUT(MenuName.HELP, "About Splitbench", null);

    /** The commands carried out by the workspace, importer and report services through {@link ShellActions}. */
    public static final Set<ShellCommand> NEEDING_SERVICES =
            EnumSet.of(NEW_WORKSPACE, OPEN_WORKSPACE, IMPORT, CONNECT_WAREHOUSE, OPEN_REPORT, SAVE_REPORT,
                    VERIFY_REPORT,
                    EXPORT_HTML, EXPORT_CSV);

    /** The top-level menus. */
    public enum MenuName { FILE, EDIT, VIEW, HELP }

    private final MenuName menu;
    private final String label;
    private final String shortcut;

    ShellCommand(MenuName menu, String label, String shortcut) {
        this.menu = menu;
        this.label = label;
        this.shortcut = shortcut;
    }

    public MenuName menu() {
        return menu;
    }

    public String label() {
        return label;
    }

    /** The accelerator, with {@code Shortcut} meaning ⌘ on macOS and Ctrl elsewhere. */
    public Optional<KeyCombination> shortcut() {
        return Optional.ofNullable(shortcut).map(KeyCombination::keyCombination);
    }

    public boolean needsServices() {
        return NEEDING_SERVICES.contains(this);
    }
}
