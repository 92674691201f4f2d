package com.splitbench.ui.table;

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
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Rows that arrive while the JavaFX thread is busy (an analysis finishing during a start, say) are laid out in the
 * pulse that is already waiting. The columns must be fitted in that same pulse: a fit that comes after it shows
 * the rows for a frame with their numbers cut to "…".
 */
@ExtendWith(ApplicationExtension.class)
class ColumnWidthsEndToEndTest {

    private TableView<String[]> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        for (int c = 0; c < 4; c++) {
            int index = c;
            TableColumn<String[], String> column = new TableColumn<>("C" + c);
            column.setCellValueFactory(row -> new SimpleStringProperty(row.getValue()[index]));
            table.getColumns().add(column);
        }
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
