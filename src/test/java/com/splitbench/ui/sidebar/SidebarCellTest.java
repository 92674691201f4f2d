package com.splitbench.ui.sidebar;

import static com.splitbench.ui.testing.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A sidebar cell refilled as the tree rebuilds keeps its graphic and its classes, so nothing in it is restyled
 * from scratch; an emptied cell hides what it showed.
 */
@ExtendWith(ApplicationExtension.class)
class SidebarCellTest {

    private Pane pane;

    @Start
    void start(Stage stage) {
        pane = new Pane();
        stage.setScene(new Scene(pane, 300, 100));
        stage.show();
    }

    @Test
    void keepsItsGraphicAndClassesWhenEmptiedAndRefilledWithTheSameKindOfRow() throws Exception {
        SidebarCell cell = onFx(() -> {
            SidebarCell made = new SidebarCell(report -> { });
            pane.getChildren().add(made);
            made.updateItem(item("Checkout redesign"), false);
            return made;
        });
        Node graphic = onFx(cell::getGraphic);
        AtomicInteger classChanges = new AtomicInteger();
        onFx(() -> {
            cell.getStyleClass().addListener((ListChangeListener<String>) change -> classChanges.incrementAndGet());
            return null;
        });

        onFx(() -> {
            cell.updateItem(null, true);
            return null;
        });
        assertThat(onFx(cell::getGraphic)).isSameAs(graphic);
        assertThat(onFx(graphic::isVisible)).as("an emptied cell's graphic").isFalse();
        assertThat(onFx(() -> cell.getStyleClass().contains("sidebar-item"))).isFalse();

        classChanges.set(0);
        onFx(() -> {
            cell.updateItem(item("Onboarding flow"), false);
            cell.updateItem(item("Pricing page anchor"), false);
            return null;
        });
        assertThat(onFx(cell::getGraphic)).isSameAs(graphic);
        assertThat(onFx(graphic::isVisible)).isTrue();
        assertThat(onFx(() -> cell.getStyleClass().stream().filter("sidebar-item"::equals).count())).isEqualTo(1L);
        assertThat(classChanges.get()).as("class changes for two rows of the same kind").isEqualTo(1);
    }

    @Test
    void showsASectionHeaderAfterAnItemAndAnItemAfterAHeader() throws Exception {
        SidebarCell cell = onFx(() -> {
            SidebarCell made = new SidebarCell(report -> { });
            pane.getChildren().add(made);
            made.updateItem(item("Checkout redesign"), false);
            return made;
        });
        Node itemGraphic = onFx(cell::getGraphic);

        onFx(() -> {
            cell.updateItem(new SidebarNode.Section(SidebarSection.EXPERIMENTS, 4), false);
            return null;
        });
        assertThat(onFx(cell::getGraphic)).isNotSameAs(itemGraphic);
        assertThat(onFx(() -> cell.getStyleClass().contains("sidebar-section"))).isTrue();
        assertThat(onFx(() -> cell.getStyleClass().contains("sidebar-item"))).isFalse();

        onFx(() -> {
            cell.updateItem(item("Onboarding flow"), false);
            return null;
        });
        assertThat(onFx(cell::getGraphic)).isSameAs(itemGraphic);
        assertThat(onFx(() -> cell.getStyleClass().contains("sidebar-section"))).isFalse();
    }

    private static SidebarNode.Item item(String name) {
        return new SidebarNode.Item(SidebarItem.experiment(name, name, "2 variants", null));
    }

}
