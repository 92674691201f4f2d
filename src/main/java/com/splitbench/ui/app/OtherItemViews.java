package com.splitbench.ui.app;

import com.splitbench.ui.shell.ShellWindow;
import com.splitbench.ui.workspace.WorkspaceItemViews;
import com.splitbench.ui.workspace.WorkspaceSession;
import java.util.Optional;

/** The views of imports and metrics. */
final class OtherItemViews {

    private OtherItemViews() {
    }

    static WorkspaceItemViews.Factory factory(ShellWindow.Services services, WorkspaceSession session) {
        return (item, location) -> Optional.empty();
    }
}
