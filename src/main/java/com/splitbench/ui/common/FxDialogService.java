package com.splitbench.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The JavaFX dialogs and the platform's file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    /** @param owner the window dialogs belong to; asked each time, since it exists only once the stage is shown */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = Objects.requireNonNull(owner);
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        return Optional.ofNullable(fileChooser(title, types).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, List<FileType> types) {
        List<File> files = fileChooser(title, types).showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).collect(Collectors.toList());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
        FileChooser chooser = fileChooser(title, List.of(type));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get()))
                .map(File::toPath)
                .map(path -> withExtension(path, type));
    }

    static Path withExtension(Path path, FileType type) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean matches = type.patterns().stream()
                .map(pattern -> pattern.startsWith("*") ? pattern.substring(1) : pattern)
                .anyMatch(name::endsWith);
        return matches ? path : path.resolveSibling(path.getFileName() + type.defaultExtension());
    }

    @Override
    public void showError(ErrorMessage message) {
        Alert alert = alert(Alert.AlertType.ERROR, message.title(), message.text());
        alert.getDialogPane().getStyleClass().add("error-dialog");
        alert.show();
    }

    @Override
    public void showInformation(String title, String header, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, header, text);
        alert.setTitle(title);
        alert.show();
    }

    @Override
    public void showTable(String title, List<String> columnNames, List<List<String>> rows) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(8, 16, 8, 16));
        for (int column = 0; column < columnNames.size(); column++) {
            Label header = new Label(columnNames.get(column));
            header.getStyleClass().add("text-bold");
            grid.add(header, column, 0);
        }
        for (int row = 0; row < rows.size(); row++) {
            List<String> cells = rows.get(row);
            for (int column = 0; column < cells.size(); column++) {
                grid.add(new Label(cells.get(column)), column, row + 1);
            }
        }
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.initOwner(owner.get());
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    @Override
    public boolean confirm(String title, String text, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, text);
        alert.getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    private Alert alert(Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle("Splitbench");
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.setResizable(true);
        // Without this the content label is cut to one line on some platforms.
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(520);
        return alert;
    }

    private FileChooser fileChooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        }
        return chooser;
    }
}
