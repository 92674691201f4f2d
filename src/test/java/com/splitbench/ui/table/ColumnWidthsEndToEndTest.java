package com.splitbench.ui.table;

import static com.splitbench.ui.testing.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.splitbench.ui.testing.TableFit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Rows that arrive while the JavaFX thread is busy (an analysis finishing during a start, say) are laid out in the
 * pulse that is already waiting. The columns must be fitted in that same pulse: a fit that comes after it shows
 * the rows for a frame with their numbers cut to "…".
 */
@ExtendWith(ApplicationExtension.class)
class ColumnWidthsEndToEndTest {

    private TableView<String[]> table;
    /** Every cell the first column's factory made, for the table's rows or for measuring. */
    private final List<TableCell<String[], String>> firstColumnCells = new ArrayList<>();

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        for (int c = 0; c < 4; c++) {
            int index = c;
            TableColumn<String[], String> column = new TableColumn<>("C" + c);
            column.setCellValueFactory(row -> new SimpleStringProperty(row.getValue()[index]));
            table.getColumns().add(column);
        }
        @SuppressWarnings("unchecked")
        TableColumn<String[], String> first = (TableColumn<String[], String>) table.getColumns().get(0);
        first.setCellFactory(column -> {
            TableCell<String[], String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            firstColumnCells.add(cell);
            return cell;
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnWidths.fitContent(table);
        stage.setScene(new Scene(table, 900, 300));
        stage.show();
    }

    @Test
    void fitsTheColumnsInThePulseThatFirstShowsTheRows(FxRobot robot) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            // Wider than a quarter of the table, which each column gets before it is fitted.
            rows.add(new String[] {"revenue_per_user · checkout · treatment_b · web · " + r, "b", "+2.3%", "0.01"});
        }
        AtomicReference<List<String>> cutInFirstLayout = new AtomicReference<>();
        robot.interact(() -> {
            // A pulse is asked for, and queued while the thread is busy; the rows come after it in the queue.
            Platform.requestNextPulse();
            sleep(100);
            table.setItems(FXCollections.observableArrayList(rows));
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                if (cutInFirstLayout.get() == null) {
                    cutInFirstLayout.set(TableFit.elided(table));
                    Platform.runLater(() -> table.getScene().removePostLayoutPulseListener(once[0]));
                }
            };
            table.getScene().addPostLayoutPulseListener(once[0]);
        });
        waitFor(10, TimeUnit.SECONDS, () -> cutInFirstLayout.get() != null);

        assertThat(cutInFirstLayout.get()).as("texts cut in the first layout with the rows").isEmpty();
    }

    @Test
    void measuresTheRowsInViewInTheTablesOwnCells(FxRobot robot) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            rows.add(new String[] {"purchase_rate · treatment_b · android · " + r, "b", "+2.3%", "0.01"});
        }
        robot.interact(() -> table.setItems(FXCollections.observableArrayList(rows)));
        WaitForAsyncUtils.waitForFxEvents();

        // A cell made only to measure is styled a second time and then dropped: it ends up outside the scene.
        List<String> outside = onFx(() -> firstColumnCells.stream().filter(cell -> cell.getScene() == null)
                .map(cell -> "cell of row " + cell.getIndex()).toList());
        assertThat(outside).as("cells made to measure rows that were already in view").isEmpty();
        assertThat(onFx(() -> TableFit.elided(table))).isEmpty();
    }

    @Test
    void measuresTheRowsBelowTheViewToo(FxRobot robot) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < 60; r++) {
            rows.add(new String[] {"row " + r, "b", "+2.3%", "0.01"});
        }
        // Far below the 300 px the table shows, and wider than a quarter of its width.
        rows.set(50, new String[] {"revenue_per_user · checkout · treatment_b · web · 50", "b", "+2.3%", "0.01"});
        robot.interact(() -> table.setItems(FXCollections.observableArrayList(rows)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> table.scrollTo(45));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> TableFit.elided(table))).as("texts cut after scrolling down").isEmpty();
        assertThat(onFx(() -> table.lookupAll(".table-row-cell").stream()
                .filter(node -> node.isVisible() && ((TableRow<?>) node).getIndex() == 50).count())).isEqualTo(1L);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
