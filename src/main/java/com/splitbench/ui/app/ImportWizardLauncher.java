package com.splitbench.ui.app;

import com.splitbench.ingest.Importer;
import com.splitbench.ui.importwizard.ImportWizardViewModel;
import com.splitbench.ui.importwizard.ImportWizardWindow;
import com.splitbench.ui.shell.ShellDisplay;
import com.splitbench.ui.shell.ShellWindow;
import com.splitbench.ui.workspace.WorkspaceSession;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Opens the import wizard on the open workspace; the import runs under the workspace's lock. */
final class ImportWizardLauncher {

    private ImportWizardLauncher() {
    }

    static void open(ShellWindow.Services services, WorkspaceSession session, List<Path> files,
                     ShellDisplay display, Consumer<ShellDisplay> dataChanged) {
        ImportWizardViewModel model = new ImportWizardViewModel(services.tasks(), (request, listener, cancellation) ->
                session.use(open -> new Importer(open.workspace()).run(request, listener, cancellation)),
                () -> dataChanged.accept(display));
        model.addFiles(files);
        ImportWizardWindow.open(services.stage(), model, services.dialogs());
    }
}
