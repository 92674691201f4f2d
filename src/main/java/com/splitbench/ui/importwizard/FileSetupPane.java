package com.splitbench.ui.importwizard;

import com.splitbench.ingest.ImportPreview;
import com.splitbench.ingest.mapping.ColumnRole;
import com.splitbench.workspace.ImportShape;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/**
 * Shows one {@link FileSetup} in the wizard's right-hand pane: the column choice of each role and the preview
 * table, whose headers say which role each column plays. Rebinds when another file is selected.
 */
final class FileSetupPane {

    private final GridPane mappingGrid;
    private final TableView<List<String>> preview;
    private final List<Runnable> unbind = new ArrayList<>();
    private final List<Runnable> unbindRows = new ArrayList<>();
    private FileSetup shown;

    FileSetupPane(GridPane mappingGrid, TableView<List<String>> preview) {
        this.mappingGrid = mappingGrid;
        this.preview = preview;
    }

    void show(FileSetup file) {
        unbindRows.forEach(Runnable::run);
        unbindRows.clear();
        unbind.forEach(Runnable::run);
        unbind.clear();
        shown = file;
        mappingGrid.getChildren().clear();
        preview.getColumns().clear();
        preview.getItems().clear();
        if (file == null) {
            return;
        }
        listen(file.previewProperty(), (o, b, now) -> rebuild());
        listen(file.shapeProperty(), (o, b, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        FileSetup file = shown;
        unbindRows.forEach(Runnable::run);
        unbindRows.clear();
        mappingGrid.getChildren().clear();
        ImportPreview read = file.previewProperty().get();
        if (read == null) {
            return;
        }
        int row = 0;
        for (ColumnRole role : file.roles()) {
            Label name = new Label(capitalised(FileSetup.roleWord(role)));
            name.setMinWidth(150);
            ComboBox<String> choice = new ComboBox<>(FXCollections.observableArrayList(read.header()));
            choice.getItems().add(0, FileSetup.NO_COLUMN);
            choice.setConverter(new ColumnNames());
            choice.setPrefWidth(220);
            choice.valueProperty().bindBidirectional(file.columnProperty(role));
            unbindRows.add(() -> choice.valueProperty().unbindBidirectional(file.columnProperty(role)));
            Label message = new Label();
            message.textProperty().bind(file.roleMessageProperty(role));
            message.getStyleClass().add("field-error");
            mappingGrid.addRow(row++, name, choice, message);
            ChangeListener<String> relabel = (o, b, now) -> headers();
            file.columnProperty(role).addListener(relabel);
            unbindRows.add(() -> file.columnProperty(role).removeListener(relabel));
        }
        columns(read);
    }

    private void columns(ImportPreview read) {
        preview.getColumns().clear();
        for (int c = 0; c < read.header().size(); c++) {
            int index = c;
            TableColumn<List<String>, String> column = new TableColumn<>(read.header().get(c));
            column.setCellValueFactory(data -> new SimpleStringProperty(index < data.getValue().size()
                    ? data.getValue().get(index) : ""));
            column.setSortable(false);
            int widest = read.header().get(c).length() + 14;
            for (List<String> row : read.rows()) {
                widest = Math.max(widest, row.get(c).length());
            }
            column.setPrefWidth(Math.min(340, Math.max(90, widest * 7.5 + 24)));
            preview.getColumns().add(column);
        }
        preview.getItems().setAll(read.rows());
        headers();
    }

    /** "user_id → unit": the headers say what each column becomes. */
    private void headers() {
        FileSetup file = shown;
        ImportPreview read = file == null ? null : file.previewProperty().get();
        if (read == null) {
            return;
        }
        for (int c = 0; c < preview.getColumns().size() && c < read.header().size(); c++) {
            String header = read.header().get(c);
            String role = file.roles().stream().filter(r -> header.equals(file.columnProperty(r).get()))
                    .map(ColumnRole::key).findFirst().orElse(file.shapeProperty().get() == ImportShape.USERS
                            && read.numericColumns().contains(header) ? "metric" : "kept as a dimension");
            preview.getColumns().get(c).setText(header + "  →  " + role);
        }
    }

    private <T> void listen(javafx.beans.value.ObservableValue<T> value, ChangeListener<T> listener) {
        value.addListener(listener);
        unbind.add(() -> value.removeListener(listener));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The empty choice reads "(none)". */
    private static final class ColumnNames extends StringConverter<String> {
        @Override
        public String toString(String column) {
            return column == null || column.isEmpty() ? "(none)" : column;
        }

        @Override
        public String fromString(String text) {
            return "(none)".equals(text) ? FileSetup.NO_COLUMN : text;
        }
    }
}
