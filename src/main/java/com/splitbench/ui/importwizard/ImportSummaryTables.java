package com.splitbench.ui.importwizard;

import com.splitbench.ingest.BadRow;
import com.splitbench.ui.table.DisplayFormats;
import com.splitbench.ui.table.FormattedNumberCell;
import com.splitbench.ui.table.TableClipboard;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The wizard summary's tables: what happened to each file, and the rows that could not be read. */
final class ImportSummaryTables {

    private ImportSummaryTables() {
    }

    static void bind(TableView<FileResult> results, TableView<BadRow> rejected, ImportWizardViewModel model) {
        results.getColumns().setAll(List.of(column("File", FileResult::file, 180),
                column("Holds", FileResult::shape, 110), column("Result", FileResult::result, 190),
                count("Rows read", FileResult::rowsRead), count("Imported", FileResult::imported),
                count("Rejected", FileResult::rejected), count("Duplicates skipped", FileResult::duplicatesSkipped),
                column("Notes", FileResult::notes, 200)));
        results.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        results.setItems(model.results());
        TableClipboard.install(results);
        rejected.getColumns().setAll(List.of(column("File", BadRow::file, 180), column("Line", BadRow::line, 70),
                column("Column", BadRow::column, 130), column("Reason", BadRow::reason, 480)));
        rejected.setItems(model.rejected());
        TableClipboard.install(rejected);
        rejected.visibleProperty().bind(Bindings.isNotEmpty(model.rejected()));
    }

    private static TableColumn<FileResult, Number> count(String title, Function<FileResult, Number> value) {
        TableColumn<FileResult, Number> column = column(title, value, 125);
        column.setCellFactory(c -> new FormattedNumberCell<>(v -> DisplayFormats.number(v, 0)));
        return column;
    }

    private static <S, T> TableColumn<S, T> column(String title, Function<S, T> value, double width) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new SimpleObjectProperty<>(value.apply(data.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
