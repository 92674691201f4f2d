package com.splitbench.ui.testing;

import com.splitbench.ui.source.TimeFormat;
import com.splitbench.warehouse.SampleWarehouse;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;

/** Fills the connection dialog as a user connecting the test's {@link SampleWarehouse} would. */
public final class ConnectionDialogs {

    private ConnectionDialogs() {
    }

    /** Types the URL, the owner's user and password, and the tables and columns of the sample warehouse. */
    public static void fillForSampleWarehouse(FxRobot robot, Node dialog, String url) {
        field(robot, dialog, "#urlField", url);
        field(robot, dialog, "#userField", SampleWarehouse.USER);
        field(robot, dialog, "#passwordField", SampleWarehouse.PASSWORD);
        field(robot, dialog, "#assignments-table", "assignments");
        field(robot, dialog, "#assignments-column-time", "assigned_at");
        field(robot, dialog, "#dimensionsField", "country, device, platform");
        field(robot, dialog, "#events-table", "events");
        field(robot, dialog, "#events-column-experiment", "experiment");
        field(robot, dialog, "#events-column-value", "amount");
        field(robot, dialog, "#events-column-time", "ts");
        @SuppressWarnings("unchecked")
        ComboBox<TimeFormat> format = robot.from(dialog).lookup("#events-time-format").queryAs(ComboBox.class);
        robot.interact(() -> format.getSelectionModel().select(TimeFormat.EPOCH_MS));
    }

    /** Sets the text of the dialog's text field with this id (e.g. "#nameField"). */
    public static void field(FxRobot robot, Node dialog, String id, String text) {
        TextField field = robot.from(dialog).lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }
}
