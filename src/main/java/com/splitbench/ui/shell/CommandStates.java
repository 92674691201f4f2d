package com.splitbench.ui.shell;

import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.WorkspaceContents;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.ObservableList;

/**
 * When each menu command is enabled. A command that needs the services must be available in this build; on top:
 * workspace commands wait while a workspace task runs, import needs an open workspace, saving or exporting needs a
 * selected experiment or report, and verifying needs a selected report and an open workspace.
 */
final class CommandStates {

    private final Map<ShellCommand, BooleanExpression> enabled = new EnumMap<>(ShellCommand.class);
    private final BooleanBinding recentWorkspacesEnabled;
    private final BooleanBinding recentReportsEnabled;

    CommandStates(Set<ShellCommand> available, ObservableObjectValue<WorkspaceContents> workspace,
                  ObservableObjectValue<SidebarItem> selected, ObservableBooleanValue workspaceBusy,
                  ObservableBooleanValue copyTargetFocused, ObservableList<Path> recentWorkspaces,
                  ObservableList<Path> recentReports) {
        BooleanBinding idle = Bindings.not(workspaceBusy);
        BooleanBinding workspaceOpen = Bindings.isNotNull(workspace);
        BooleanBinding resultSelected = Bindings.createBooleanBinding(() -> selected.get() != null
                && (selected.get().kind() == SidebarItem.Kind.EXPERIMENT
                || selected.get().kind() == SidebarItem.Kind.REPORT), selected);
        BooleanBinding reportSelected = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().kind() == SidebarItem.Kind.REPORT, selected);
        for (ShellCommand command : ShellCommand.values()) {
            BooleanExpression condition = switch (command) {
                case NEW_WORKSPACE, OPEN_WORKSPACE, OPEN_REPORT -> idle;
                case IMPORT, CONNECT_WAREHOUSE -> idle.and(workspaceOpen);
                case SAVE_REPORT, EXPORT_HTML, EXPORT_CSV -> idle.and(resultSelected);
                case VERIFY_REPORT -> idle.and(reportSelected).and(workspaceOpen);
                case COPY -> BooleanExpression.booleanExpression(copyTargetFocused);
                default -> BooleanExpression.booleanExpression(Bindings.createBooleanBinding(() -> true));
            };
            boolean offered = !command.needsServices() || available.contains(command);
            enabled.put(command, offered ? condition : BooleanExpression.booleanExpression(
                    Bindings.createBooleanBinding(() -> false)));
        }
        recentWorkspacesEnabled = available.contains(ShellCommand.OPEN_WORKSPACE)
                ? idle.and(Bindings.isNotEmpty(recentWorkspaces))
                : Bindings.createBooleanBinding(() -> false);
        recentReportsEnabled = available.contains(ShellCommand.OPEN_REPORT)
                ? idle.and(Bindings.isNotEmpty(recentReports))
                : Bindings.createBooleanBinding(() -> false);
    }

    BooleanExpression enabled(ShellCommand command) {
        return enabled.get(command);
    }

    BooleanBinding recentWorkspacesEnabled() {
        return recentWorkspacesEnabled;
    }

    BooleanBinding recentReportsEnabled() {
        return recentReportsEnabled;
    }
}
