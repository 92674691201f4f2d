package com.splitbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.ui.settings.WindowBounds;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 870);
    private static final Rectangle2D MONITOR_RIGHT = new Rectangle2D(1440, 0, 2560, 1410);

    @Test
    void centresADefaultSizedWindowOnTheFirstStart() {
        WindowBounds placed = WindowPlacement.place(null, List.of(LAPTOP));

        assertThat(placed.width()).isEqualTo(1280);
        assertThat(placed.height()).isEqualTo(783);
        assertThat(placed.x()).isEqualTo(80);
        assertThat(placed.maximized()).isFalse();
    }

    @Test
    void keepsARememberedPlaceThatIsFullyVisible() {
        WindowBounds saved = new WindowBounds(1600, 100, 1800, 1100, false);

        assertThat(WindowPlacement.place(saved, List.of(LAPTOP, MONITOR_RIGHT))).isEqualTo(saved);
    }

    @Test
    void recentresAWindowLeftOnAMonitorThatIsGone() {
        WindowBounds saved = new WindowBounds(1600, 100, 1800, 1100, true);

        WindowBounds placed = WindowPlacement.place(saved, List.of(LAPTOP));

        assertThat(LAPTOP.contains(placed.x(), placed.y(), placed.width(), placed.height())).isTrue();
        assertThat(placed.maximized()).isTrue();
    }

    @Test
    void pullsAPartlyOffScreenWindowBackAndShrinksItToTheScreen() {
        WindowBounds saved = new WindowBounds(-300, 500, 2000, 1000, false);

        WindowBounds placed = WindowPlacement.place(saved, List.of(LAPTOP));

        assertThat(placed).isEqualTo(new WindowBounds(0, 0, 1440, 870, false));
    }

    @Test
    void recentresAWindowWhoseTitleBarIsAboveTheScreen() {
        WindowBounds saved = new WindowBounds(100, -900, 800, 600, false);

        WindowBounds placed = WindowPlacement.place(saved, List.of(LAPTOP));

        assertThat(placed.y()).isEqualTo((870 - 600) / 2.0);
        assertThat(placed.width()).isEqualTo(800);
    }

    @Test
    void keepsTheRememberedPlaceWhenNoScreenIsReported() {
        WindowBounds saved = new WindowBounds(5, 5, 700, 500, false);

        assertThat(WindowPlacement.place(saved, List.of())).isEqualTo(saved);
    }
}
