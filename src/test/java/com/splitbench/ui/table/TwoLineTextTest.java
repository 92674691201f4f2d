package com.splitbench.ui.table;

import static com.splitbench.ui.testing.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The two text lines a results cell draws: their width, their sizes, their sides and how they are cut. */
@ExtendWith(ApplicationExtension.class)
class TwoLineTextTest {

    private Pane pane;

    @Start
    void start(Stage stage) {
        pane = new Pane();
        stage.setScene(new Scene(pane, 400, 200));
        stage.show();
    }

    @Test
    void isAsWideAsItsLongerLineAndSizesTheLowerLineFromTheUpper(FxRobot robot) throws Exception {
        TwoLineText lines = onFx(() -> {
            TwoLineText made = new TwoLineText(Pos.CENTER_RIGHT);
            made.setStyle("-fx-padding: 0 6 0 4;");
            made.mainLine().setStyle("-fx-font-size: 20px;");
            made.show("9.93%", "32,469 / 5,265");
            pane.getChildren().add(made);
            made.applyCss();
            return made;
        });

        assertThat(onFx(() -> lines.detailLine().getFont().getSize())).isCloseTo(20 * 0.82, within(1e-6));
        double detailWidth = onFx(() -> width(lines.detailLine().getFont(), "32,469 / 5,265"));
        double mainWidth = onFx(() -> width(lines.mainLine().getFont(), "9.93%"));
        assertThat(detailWidth).isGreaterThan(mainWidth);
        assertThat(onFx(() -> lines.prefWidth(-1))).isCloseTo(4 + detailWidth + 6, within(0.01));
    }

    @Test
    void putsBothLinesOnTheRightEdgeWhenAlignedRight(FxRobot robot) throws Exception {
        TwoLineText lines = onFx(() -> {
            TwoLineText made = new TwoLineText(Pos.CENTER_RIGHT);
            made.show("0.866", "raw 0.433");
            // Unmanaged, so that the pane leaves the size given here.
            made.setManaged(false);
            pane.getChildren().add(made);
            made.applyCss();
            made.resize(200, 40);
            made.layout();
            return made;
        });

        for (Text line : new Text[] {lines.mainLine(), lines.detailLine()}) {
            assertThat(onFx(() -> line.getBoundsInParent().getMaxX())).isCloseTo(200, within(1.0));
        }
        assertThat(onFx(() -> lines.detailLine().getBoundsInParent().getMinY()))
                .isGreaterThanOrEqualTo(onFx(() -> lines.mainLine().getBoundsInParent().getMaxY()));
    }

    @Test
    void cutsALineTooLongForItsRoomAndShowsItInFullAgainWhenThereIsRoom(FxRobot robot) throws Exception {
        TwoLineText lines = onFx(() -> {
            TwoLineText made = new TwoLineText(Pos.CENTER_LEFT);
            made.show("revenue_per_user", "goal");
            // Unmanaged, so that the pane leaves the size given here.
            made.setManaged(false);
            pane.getChildren().add(made);
            made.applyCss();
            made.resize(60, 40);
            made.layout();
            return made;
        });

        String shown = onFx(() -> lines.mainLine().getText());
        assertThat(shown).endsWith("…").hasSizeLessThan("revenue_per_user".length());
        assertThat("revenue_per_user").startsWith(shown.substring(0, shown.length() - 1));
        assertThat(onFx(() -> lines.mainLine().getLayoutBounds().getWidth())).isLessThanOrEqualTo(60.5);
        assertThat(onFx(() -> ShownText.isCut(lines.mainLine()))).isTrue();
        assertThat(onFx(() -> ShownText.full(lines.mainLine()))).isEqualTo("revenue_per_user");
        assertThat(onFx(() -> lines.detailLine().getText())).isEqualTo("goal");

        onFx(() -> {
            lines.resize(300, 40);
            lines.layout();
            return null;
        });
        assertThat(onFx(() -> lines.mainLine().getText())).isEqualTo("revenue_per_user");
        assertThat(onFx(() -> ShownText.isCut(lines.mainLine()))).isFalse();
    }

    @Test
    void readsOutBothLinesInFullThroughTheCellAroundIt() throws Exception {
        String spoken = onFx(() -> {
            TwoLineText lines = new TwoLineText(Pos.CENTER_RIGHT);
            lines.show("revenue_per_user", "goal");
            // A labelled control with no text of its own, as a table cell is, reads out its graphic.
            Label cell = new Label(null, lines);
            cell.setMaxWidth(50);
            pane.getChildren().add(cell);
            cell.applyCss();
            cell.resize(50, 40);
            cell.layout();
            return (String) cell.queryAccessibleAttribute(AccessibleAttribute.TEXT);
        });

        assertThat(spoken).isEqualTo("revenue_per_user, goal");
    }

    @Test
    void neverCutsACharacterOutsideTheBasicPlaneInHalf() throws Exception {
        String full = "\uD83D\uDE00 \uD83D\uDCC8 growth \uD83D\uDE80\uD83D\uDE80\uD83D\uDE80 launch";
        for (double room = 8; room < 160; room += 2.5) {
            double at = room;
            String shown = onFx(() -> {
                Text text = ShownText.create("cell-main");
                ShownText.set(text, full);
                ShownText.fit(text, at);
                return text.getText();
            });
            for (int i = 0; i < shown.length(); i++) {
                boolean high = Character.isHighSurrogate(shown.charAt(i));
                boolean pairEnds = i + 1 < shown.length() && Character.isLowSurrogate(shown.charAt(i + 1));
                assertThat(!high || pairEnds).as("\"%s\" in %s px", shown, room).isTrue();
            }
        }
    }

    private static double width(Font font, String value) {
        Text text = new Text(value);
        text.setFont(font);
        text.setBoundsType(javafx.scene.text.TextBoundsType.LOGICAL_VERTICAL_CENTER);
        return text.getLayoutBounds().getWidth();
    }

}
