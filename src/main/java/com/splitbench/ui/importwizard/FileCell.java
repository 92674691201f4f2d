package com.splitbench.ui.importwizard;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A file in the wizard's list: its name, and what it holds or that it still needs a choice. */
final class FileCell extends ListCell<FileSetup> {

    private final Label name = new Label();
    private final Label status = new Label();
    private final VBox box = new VBox(1, name, status);
    private final ChangeListener<String> restyle = (observable, before, now) -> style();
    private FileSetup shown;

    FileCell() {
        status.getStyleClass().add("file-status");
    }

    @Override
    protected void updateItem(FileSetup file, boolean empty) {
        super.updateItem(file, empty);
        if (shown != null) {
            shown.statusProperty().removeListener(restyle);
            status.textProperty().unbind();
        }
        shown = empty ? null : file;
        if (shown == null) {
            setGraphic(null);
            return;
        }
        name.setText(shown.fileName());
        status.textProperty().bind(shown.statusProperty());
        shown.statusProperty().addListener(restyle);
        style();
        setGraphic(box);
    }

    private void style() {
        status.getStyleClass().remove("needs-choice");
        if (shown != null && shown.previewProperty().get() != null && !shown.isReady()) {
            status.getStyleClass().add("needs-choice");
        }
    }
}
