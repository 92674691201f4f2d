package com.splitbench.ui.testing;

import com.splitbench.ui.common.DialogService;
import com.splitbench.ui.common.ErrorMessage;
import com.splitbench.ui.common.FileType;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DialogService} for tests: file choosers answer from a script, and every message is recorded. Message
 * dialogs can also be passed on to a real dialog service, so an end-to-end test can see and snapshot them.
 */
public final class ScriptedDialogs implements DialogService {

    /** A recorded table dialog. */
    public record Table(String title, List<String> columns, List<List<String>> rows) {
    }

    public final Deque<Optional<Path>> chosenDirectories = new ArrayDeque<>();
    public final Deque<Optional<Path>> chosenFiles = new ArrayDeque<>();
    public final Deque<List<Path>> chosenFileLists = new ArrayDeque<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final List<ErrorMessage> errors = new ArrayList<>();
    public final List<String> information = new ArrayList<>();
    public final List<Table> tables = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> chooserTitles = new ArrayList<>();
    public final List<String> suggestedNames = new ArrayList<>();
    private final DialogService messagesTo;

    public ScriptedDialogs() {
        this(null);
    }

    /** @param messagesTo also shows errors, information and tables there; null to only record them */
    public ScriptedDialogs(DialogService messagesTo) {
        this.messagesTo = messagesTo;
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        chooserTitles.add(title);
        return chosenDirectories.isEmpty() ? Optional.empty() : chosenDirectories.pop();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        chooserTitles.add(title);
        return chosenFiles.isEmpty() ? Optional.empty() : chosenFiles.pop();
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, List<FileType> types) {
        chooserTitles.add(title);
        return chosenFileLists.isEmpty() ? List.of() : chosenFileLists.pop();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
        chooserTitles.add(title);
        suggestedNames.add(suggestedName);
        return chosenFiles.isEmpty() ? Optional.empty() : chosenFiles.pop();
    }

    @Override
    public void showError(ErrorMessage message) {
        errors.add(message);
        if (messagesTo != null) {
            messagesTo.showError(message);
        }
    }

    @Override
    public void showInformation(String title, String header, String text) {
        information.add(header + "\n" + text);
        if (messagesTo != null) {
            messagesTo.showInformation(title, header, text);
        }
    }

    @Override
    public void showTable(String title, List<String> columnNames, List<List<String>> rows) {
        tables.add(new Table(title, columnNames, rows));
        if (messagesTo != null) {
            messagesTo.showTable(title, columnNames, rows);
        }
    }

    @Override
    public boolean confirm(String title, String text, String confirmLabel) {
        confirmations.add(title + "\n" + text);
        return confirmAnswers.isEmpty() || confirmAnswers.pop();
    }
}
