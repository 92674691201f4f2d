package com.splitbench.ui.app;

import com.splitbench.ui.shell.ShellWindow;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.workspace.SampleWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the window opens when started without a file: the workspace used last, if its folder still exists;
 * otherwise the sample workspace, built from the bundled sample exports on the very first start (with a progress
 * bar and cancel in the status bar).
 */
final class FirstStart {

    private FirstStart() {
    }

    /** The workspace to open at once, if one is ready: the last one used, else the sample once it was built. */
    static Optional<Path> workspaceToOpen(List<Path> recent, SampleWorkspace sample) {
        Optional<Path> last = recent.stream().filter(Files::isDirectory).findFirst();
        return last.isPresent() ? last : sample.exists() ? Optional.of(sample.location()) : Optional.empty();
    }

    /** Starts opening. UI thread, once the window shows. */
    static void open(ShellWindow window, SampleWorkspace sample) {
        Optional<Path> ready = workspaceToOpen(window.settings().recentWorkspaces(), sample);
        if (ready.isPresent()) {
            window.viewModel().openFromCommandLine(ready.get());
            return;
        }
        window.tasks().execute(BackgroundTask.<Void>of("Building the sample workspace", task -> {
            sample.build(task);
            return null;
        }).onSuccess(done -> window.viewModel().openFromCommandLine(sample.location()))
                .onError(failure -> window.errors().report("The sample workspace could not be built", failure)));
    }
}
