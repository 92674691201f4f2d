package com.splitbench.ui.source;

import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The dialog's part for one relation, bound to its {@link RelationFields}: Table or Query, the name or the SELECT,
 * the column of each role with its message, and the time format. Node ids start with the relation's name, e.g.
 * {@code assignments-table}, {@code events-column-value}.
 */
final class RelationPane {

    private RelationPane() {
    }

    static VBox create(RelationFields fields, String hint) {
        String id = fields.relation().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Label title = new Label(fields.relation().title());
        title.getStyleClass().add("section-title");
        Label explanation = new Label(hint);
        explanation.setWrapText(true);
        explanation.getStyleClass().add("field-hint");

        ToggleGroup kinds = new ToggleGroup();
        ToggleButton table = pill("Table", "left-pill", kinds);
        ToggleButton query = pill("Query", "right-pill", kinds);
        table.setSelected(fields.kindProperty().get() == RelationFields.Kind.TABLE);
        query.setSelected(!table.isSelected());
        kinds.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            } else {
                fields.kindProperty().set(now == table ? RelationFields.Kind.TABLE : RelationFields.Kind.QUERY);
            }
        });
        fields.kindProperty().addListener((observable, before, now) -> (now == RelationFields.Kind.TABLE ? table
                : query).setSelected(true));
        TextField name = new TextField();
        name.setId(id + "-table");
        name.setPromptText("schema.table");
        name.textProperty().bindBidirectional(fields.textProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        TextArea sql = new TextArea();
        sql.setId(id + "-query");
        sql.setPromptText("SELECT user_id, ... FROM ... WHERE ...");
        sql.setPrefRowCount(3);
        sql.setWrapText(true);
        sql.textProperty().bindBidirectional(fields.textProperty());
        HBox.setHgrow(sql, Priority.ALWAYS);
        showWhen(name, fields.kindProperty().isEqualTo(RelationFields.Kind.TABLE));
        showWhen(sql, fields.kindProperty().isEqualTo(RelationFields.Kind.QUERY));
        HBox source = new HBox(8, new HBox(table, query), name, sql);
        Label sourceMessage = message(fields.textMessageProperty());
        return new VBox(6, title, explanation, source, sourceMessage, columns(fields, id));
    }

    private static GridPane columns(RelationFields fields, String id) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.getStyleClass().add("role-grid");
        int row = 0;
        for (String role : fields.relation().roles()) {
            Label label = new Label(Relation.label(role) + (fields.relation().isRequired(role) ? "" : " (optional)"));
            label.setMinWidth(140);
            TextField column = new TextField();
            column.setId(id + "-column-" + role);
            column.setPrefColumnCount(16);
            column.setPromptText(fields.relation().isRequired(role) ? "column" : "none");
            column.textProperty().bindBidirectional(fields.columnProperty(role));
            grid.addRow(row++, label, column, message(fields.columnMessageProperty(role)));
        }
        ComboBox<TimeFormat> format = new ComboBox<>(FXCollections.observableArrayList(TimeFormat.values()));
        format.setId(id + "-time-format");
        format.valueProperty().bindBidirectional(fields.timeFormatProperty());
        grid.addRow(row, new Label("Time is stored as"), format);
        return grid;
    }

    private static ToggleButton pill(String text, String style, ToggleGroup group) {
        ToggleButton button = new ToggleButton(text);
        button.getStyleClass().add(style);
        button.setToggleGroup(group);
        return button;
    }

    static Label message(javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(text);
        showWhen(label, label.textProperty().isNotEmpty());
        return label;
    }

    static void showWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
