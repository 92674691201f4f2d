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

    /** Starts opening. UI thread, once the window shows. */
    static void open(ShellWindow window, SampleWorkspace sample) {
        Optional<Path> last = lastWorkspace(window.settings().recentWorkspaces());
        if (last.isPresent()) {
            window.viewModel().openFromCommandLine(last.get());
            return;
        }
        if (sample.exists()) {
            window.viewModel().openFromCommandLine(sample.location());
            return;
        }
        window.tasks().execute(BackgroundTask.<Void>of("Building the sample workspace", task -> {
            sample.build(task);
            return null;
        }).onSuccess(done -> window.viewModel().openFromCommandLine(sample.location()))
                .onError(failure -> window.errors().report("The sample workspace could not be built", failure)));
    }

    /** The most recent workspace whose folder still exists. */
    static Optional<Path> lastWorkspace(List<Path> recent) {
        return recent.stream().filter(Files::isDirectory).findFirst();
    }
}
