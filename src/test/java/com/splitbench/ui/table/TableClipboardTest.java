package com.splitbench.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.ui.glossary.Statistic;
import com.splitbench.ui.glossary.StatisticGlossary;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class TableClipboardTest {

    record Row(String variant, double rate, IntervalEstimate lift) {
    }

    private static TableView<Row> table() {
        TableView<Row> table = new TableView<>(FXCollections.observableArrayList(
                new Row("control", 0.026566872181105615, null),
                new Row("treatment\tB", 0.0291, new IntervalEstimate(0.09535891, 0.0123, 0.1784, true,
                        DesiredDirection.HIGHER_IS_BETTER)),
                new Row("treatment C", Double.NaN, new IntervalEstimate(-0.01, -0.05, 0.03, false,
                        DesiredDirection.HIGHER_IS_BETTER))));
        TableColumn<Row, String> variant = new TableColumn<>("Variant");
        variant.setCellValueFactory(data -> new SimpleObjectProperty<>(data.getValue().variant()));
        TableColumn<Row, Number> rate = new TableColumn<>("Rate");
        rate.setCellValueFactory(data -> new SimpleObjectProperty<>(data.getValue().rate()));
        rate.setCellFactory(column -> new FormattedNumberCell<>(v -> DisplayFormats.percent(v, 2)));
        TableColumn<Row, IntervalEstimate> lift = new TableColumn<>("Lift");
        lift.setCellValueFactory(data -> new SimpleObjectProperty<>(data.getValue().lift()));
        table.getColumns().add(variant);
        table.getColumns().add(rate);
        table.getColumns().add(lift);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        return table;
    }

    @Test
    void copiesEveryRowWithRawValuesWhenNothingIsSelected() {
        assertThat(TableClipboard.toTsv(table(), true)).isEqualTo(
                "Variant\tRate\tLift\tLift CI low\tLift CI high\n"
                        + "control\t0.026566872181105615\t\t\t\n"
                        + "treatment B\t0.0291\t0.09535891\t0.0123\t0.1784\n"
                        + "treatment C\t\t-0.01\t-0.05\t0.03\n");
    }

    @Test
    void copiesOnlyTheSelectedRowsInTableOrder() {
        TableView<Row> table = table();
        table.getSelectionModel().select(2);
        table.getSelectionModel().select(0);

        assertThat(TableClipboard.toTsv(table, true).lines())
                .containsExactly("Variant\tRate\tLift\tLift CI low\tLift CI high",
                        "control\t0.026566872181105615\t\t\t", "treatment C\t\t-0.01\t-0.05\t0.03");
    }

    @Test
    void copiesEverythingWhenAskedDespiteASelection() {
        TableView<Row> table = table();
        table.getSelectionModel().select(1);

        assertThat(TableClipboard.toTsv(table, false).lines()).hasSize(4);
    }

    @Test
    void leavesOutHiddenColumns() {
        TableView<Row> table = table();
        table.getColumns().get(1).setVisible(false);

        assertThat(TableClipboard.toTsv(table, false).lines().findFirst())
                .contains("Variant\tLift\tLift CI low\tLift CI high");
    }

    @Test
    void joinsAHeaderWrittenOnTwoLinesIntoOne() {
        TableView<Row> table = table();
        table.getColumns().get(1).setText(null);
        table.getColumns().get(1).setGraphic(new Label("Conversion\nrate"));

        assertThat(TableClipboard.toTsv(table, false).lines().findFirst())
                .contains("Variant\tConversion rate\tLift\tLift CI low\tLift CI high");
    }

    @Test
    void namesColumnsWhoseTitleIsAGlossaryLabelAndPrefixesNestedColumns() {
        TableView<Row> table = table();
        TableColumn<Row, ?> lift = table.getColumns().remove(2);
        StatisticGlossary.english().explainColumn(lift, Statistic.RELATIVE_LIFT);
        TableColumn<Row, Object> group = new TableColumn<>("Treatment vs control");
        group.getColumns().add(ColumnCast.of(lift));
        table.getColumns().add(group);

        assertThat(TableClipboard.toTsv(table, false).lines().findFirst()).contains("Variant\tRate\t"
                + "Treatment vs control Lift\tTreatment vs control Lift CI low\tTreatment vs control Lift CI high");
    }

    /** Gets a nested column into a group of another value type, as FXML does. */
    private static final class ColumnCast {
        @SuppressWarnings("unchecked")
        static TableColumn<Row, Object> of(TableColumn<Row, ?> column) {
            return (TableColumn<Row, Object>) column;
        }
    }
}
