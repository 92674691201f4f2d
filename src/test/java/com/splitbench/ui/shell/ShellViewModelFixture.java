package com.splitbench.ui.shell;

import com.splitbench.ui.common.ErrorMessages;
import com.splitbench.ui.common.ErrorReporter;
import com.splitbench.ui.settings.UiSettings;
import com.splitbench.ui.task.CurrentThreadTaskExecutor;
import com.splitbench.ui.testing.FakeShellActions;
import com.splitbench.ui.testing.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** A main-window view model without a stage: synchronous tasks, scripted dialogs, fake services. */
abstract class ShellViewModelFixture {

    @TempDir
    Path folders;

    final FakeShellActions actions = new FakeShellActions();
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final ErrorReporter errors = new ErrorReporter(dialogs, new ErrorMessages(null));
    final List<Throwable> unhandled = new ArrayList<>();
    final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor(unhandled::add);
    final UiSettings settings = new UiSettings();
    final List<String> exits = new ArrayList<>();
    private MainWindowViewModel model;

    /** Built on first use, so a test can change the fakes (e.g. what is available) first. */
    MainWindowViewModel model() {
        if (model == null) {
            model = new MainWindowViewModel(actions, tasks, dialogs, errors, settings,
                    new ShellInfo("1.2.3", Path.of("/cfg"), null), () -> exits.add("exit"));
        }
        return model;
    }

    Path folder(String name) throws Exception {
        return Files.createDirectories(folders.resolve(name));
    }
}
