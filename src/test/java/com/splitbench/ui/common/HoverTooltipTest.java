package com.splitbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The tooltip a cell shows on hover, made on the first hover and then reused. */
@ExtendWith(ApplicationExtension.class)
class HoverTooltipTest {

    private Label cell;
    private HoverTooltip hover;

    @Start
    void start(Stage stage) {
        cell = new Label("0.0123");
        hover = HoverTooltip.on(cell);
        stage.setScene(new Scene(new StackPane(cell), 200, 100));
        stage.show();
    }

    private void pointerEnters() {
        Event.fireEvent(cell, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, null, 0, false, false, false,
                false, false, false, false, false, false, false, null));
    }

    @Test
    void makesNoTooltipUntilThePointerEnters() {
        hover.show("p-value 0.0123");

        assertThat(cell.getTooltip()).isNull();
        pointerEnters();
        assertThat(cell.getTooltip().getText()).isEqualTo("p-value 0.0123");
    }

    @Test
    void reusesItsTooltipForTheNextTextAndRemovesItForNone() {
        hover.show("first");
        pointerEnters();
        var tooltip = cell.getTooltip();

        hover.show("second");
        assertThat(cell.getTooltip()).isSameAs(tooltip);
        assertThat(tooltip.getText()).isEqualTo("second");

        hover.show(null);
        assertThat(cell.getTooltip()).isNull();
        pointerEnters();
        assertThat(cell.getTooltip()).isNull();

        hover.show("third");
        pointerEnters();
        assertThat(cell.getTooltip()).isSameAs(tooltip);
        assertThat(tooltip.getText()).isEqualTo("third");
    }

    @Test
    void anExplainingTooltipIsAlsoTheControlsAccessibleHelp() {
        Label header = new Label("p-value");
        HoverTooltip explained = HoverTooltip.explaining(header);

        explained.show("The chance of a difference this large with no real effect.");

        assertThat(header.getAccessibleHelp()).isEqualTo("The chance of a difference this large with no real effect.");
        assertThat(header.getTooltip()).as("made on the first hover").isNull();
        assertThat(cell.getAccessibleHelp()).as("a cell's tooltip is not its help").isNull();
    }

    @Test
    void showsTheTooltipWhenThePointerRestsOnTheCell(FxRobot robot) throws Exception {
        robot.interact(() -> hover.show("p-value 0.0123"));

        robot.moveTo(cell);
        robot.moveBy(2, 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cell.getTooltip() != null
                && cell.getTooltip().isShowing());
        assertThat(cell.getTooltip().getText()).isEqualTo("p-value 0.0123");
    }
}
