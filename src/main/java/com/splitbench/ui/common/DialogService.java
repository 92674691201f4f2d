package com.splitbench.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The dialogs view models may open. View models talk to this interface, never to a {@code Stage}, so that they can
 * be tested with a scripted fake; {@link FxDialogService} is the real one.
 */
public interface DialogService {

    /** @param initial where the chooser starts, or null for the system default */
    Optional<Path> chooseDirectory(String title, Path initial);

    Optional<Path> chooseFileToOpen(String title, List<FileType> types);

    List<Path> chooseFilesToOpen(String title, List<FileType> types);

    /** The chosen path gets the type's extension when the user typed none. */
    Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type);

    void showError(ErrorMessage message);

    void showInformation(String title, String header, String text);

    /** A read-only table, e.g. the keyboard shortcuts. */
    void showTable(String title, List<String> columnNames, List<List<String>> rows);

    /** @return whether the user chose the confirming button */
    boolean confirm(String title, String text, String confirmLabel);
}
