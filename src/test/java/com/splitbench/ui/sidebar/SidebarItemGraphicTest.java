package com.splitbench.ui.sidebar;

import static com.splitbench.ui.testing.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.splitbench.ui.table.ShownText;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A sidebar item's name, detail and badge in a narrow sidebar, and a cell's graphic reused for another item. */
@ExtendWith(ApplicationExtension.class)
class SidebarItemGraphicTest {

    private Pane pane;

    @Start
    void start(Stage stage) {
        pane = new Pane();
        stage.setScene(new Scene(pane, 400, 200));
        stage.show();
    }

    @Test
    void keepsTheWholeBadgeAndCutsTheDetailBeforeIt() throws Exception {
        SidebarItemGraphic lines = laidOut(SidebarItem.experiment("e1", "Checkout redesign (per-user table)",
                "3 variants · 15,951 users · per-user table", HealthBadge.forExperiment(true, 0)), 220);
        Label badge = onFx(() -> (Label) lines.lookup(".health-badge"));

        assertThat(onFx(badge::isVisible)).isTrue();
        assertThat(onFx(() -> badge.getStyleClass())).contains("health-problem");
        assertThat(onFx(() -> badge.getBoundsInParent().getMaxX())).isCloseTo(220, within(1.0));
        assertThat(onFx(() -> badge.getWidth())).isCloseTo(onFx(() -> badge.prefWidth(-1)), within(0.5));
        Text detail = onFx(() -> (Text) lines.lookup(".sidebar-item-detail"));
        assertThat(onFx(() -> ShownText.isCut(detail))).isTrue();
        assertThat(onFx(() -> detail.getBoundsInParent().getMaxX()))
                .isLessThan(onFx(() -> badge.getBoundsInParent().getMinX()));
        Text name = onFx(() -> (Text) lines.lookup(".sidebar-item-name"));
        assertThat(onFx(name::getText)).endsWith("…");
        assertThat(onFx(() -> lines.queryAccessibleAttribute(AccessibleAttribute.TEXT))).isEqualTo(
                "Checkout redesign (per-user table), 3 variants · 15,951 users · per-user table, "
                        + onFx(badge::getText));
    }

    @Test
    void showsOneLineForAnItemWithNoDetailAndNoBadgeWhenReused() throws Exception {
        SidebarItemGraphic lines = laidOut(SidebarItem.experiment("e1", "Onboarding flow", "2 variants",
                HealthBadge.forExperiment(true, 0)), 300);
        double twoLines = onFx(() -> lines.prefHeight(-1));

        onFx(() -> {
            lines.show(SidebarItem.metric("m1", "revenue_per_user", ""));
            lines.applyCss();
            lines.layout();
            return null;
        });

        assertThat(onFx(() -> lines.lookup(".health-badge").isVisible())).isFalse();
        assertThat(onFx(() -> lines.lookup(".sidebar-item-detail").isVisible())).isFalse();
        assertThat(onFx(() -> lines.prefHeight(-1))).isLessThan(twoLines * 0.7);
        assertThat(onFx(() -> ((Text) lines.lookup(".sidebar-item-name")).getText()))
                .isEqualTo("revenue_per_user");
    }

    private SidebarItemGraphic laidOut(SidebarItem item, double width) throws Exception {
        return onFx(() -> {
            SidebarItemGraphic made = new SidebarItemGraphic();
            made.show(item);
            // Unmanaged, so that the pane leaves the size given here.
            made.setManaged(false);
            pane.getChildren().add(made);
            made.applyCss();
            made.resize(width, made.prefHeight(width));
            made.layout();
            return made;
        });
    }

}
