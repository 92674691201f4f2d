package com.splitbench.ui.app;

import com.splitbench.ui.shell.ShellDisplay;
import com.splitbench.ui.shell.ShellWindow;
import com.splitbench.ui.workspace.WorkspaceSession;
import com.splitbench.ui.workspace.WorkspaceSidebar;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Opens the import wizard. */
final class ImportWizardLauncher {

    private ImportWizardLauncher() {
    }

    static void open(ShellWindow.Services services, WorkspaceSession session, WorkspaceSidebar sidebar,
                     List<Path> files, ShellDisplay display, Consumer<ShellDisplay> dataChanged) {
        // TEMPORARY
    }
}
