package com.splitbench.ui.sidebar;

import static com.splitbench.ui.testing.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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

    @Test
    void rowsLeftEmptyWhenTheTreeShrinksShowNoArrow() throws Exception {
        TreeItem<SidebarNode> experiments = section(SidebarSection.EXPERIMENTS, "Checkout redesign", "Onboarding");
        TreeItem<SidebarNode> metrics = section(SidebarSection.METRICS, "purchase_rate", "revenue", "sessions");
        TreeView<SidebarNode> tree = onFx(() -> {
            TreeItem<SidebarNode> root = new TreeItem<>();
            root.getChildren().setAll(List.of(experiments, metrics));
            TreeView<SidebarNode> made = new TreeView<>(root);
            made.setShowRoot(false);
            made.setCellFactory(view -> new SidebarCell(report -> { }));
            made.resize(300, 400);
            pane.getChildren().setAll(made);
            made.applyCss();
            made.layout();
            return made;
        });
        assertThat(onFx(() -> visibleArrows(tree))).as("one per section").isEqualTo(2);

        onFx(() -> {
            tree.getRoot().getChildren().remove(metrics);
            tree.applyCss();
            tree.layout();
            return null;
        });

        assertThat(onFx(() -> visibleArrows(tree))).isEqualTo(1);
        onFx(() -> {
            tree.getRoot().getChildren().add(metrics);
            tree.applyCss();
            tree.layout();
            return null;
        });
        assertThat(onFx(() -> visibleArrows(tree))).as("filled again").isEqualTo(2);
    }

    private static int visibleArrows(TreeView<SidebarNode> tree) {
        int arrows = 0;
        for (Node node : tree.lookupAll(".tree-cell")) {
            Node arrow = ((TreeCell<?>) node).getDisclosureNode();
            if (node.isVisible() && arrow != null && arrow.isVisible() && arrow.getParent() != null) {
                arrows++;
            }
        }
        return arrows;
    }

    private static TreeItem<SidebarNode> section(SidebarSection section, String... names) {
        TreeItem<SidebarNode> branch = new TreeItem<>(new SidebarNode.Section(section, names.length));
        branch.setExpanded(true);
        for (String name : names) {
            branch.getChildren().add(new TreeItem<>(item(name)));
        }
        return branch;
    }

    private static SidebarNode.Item item(String name) {
        return new SidebarNode.Item(SidebarItem.experiment(name, name, "2 variants", null));
    }

}
