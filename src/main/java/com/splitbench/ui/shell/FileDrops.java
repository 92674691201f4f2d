package com.splitbench.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** Takes files dragged onto the window and hands them to {@link MainWindowViewModel#onFilesDropped}. */
final class FileDrops {

    private FileDrops() {
    }

    static void install(Node target, MainWindowViewModel model) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            List<Path> files = files(event.getDragboard());
            if (model.acceptsDrop(files)) {
                event.acceptTransferModes(TransferMode.COPY);
                model.dropHoveringProperty().set(true);
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, event -> model.dropHoveringProperty().set(false));
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            List<Path> files = files(event.getDragboard());
            boolean accepted = model.acceptsDrop(files);
            event.setDropCompleted(accepted);
            event.consume();
            if (accepted) {
                model.onFilesDropped(files);
            }
            model.dropHoveringProperty().set(false);
        });
    }

    private static List<Path> files(Dragboard board) {
        return board.hasFiles() ? board.getFiles().stream().map(File::toPath).collect(Collectors.toList()) : List.of();
    }
}
