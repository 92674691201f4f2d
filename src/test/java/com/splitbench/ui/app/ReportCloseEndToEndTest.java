package com.splitbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import com.splitbench.spec.Correction;
import com.splitbench.ui.common.FxDialogService;
import com.splitbench.ui.results.ResultLine;
import com.splitbench.ui.shell.CentreContent;
import com.splitbench.ui.shell.ShellCommand;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.SidebarNode;
import com.splitbench.ui.sidebar.SidebarSection;
import com.splitbench.ui.testing.FxWait;
import com.splitbench.ui.testing.ResultsPages;
import com.splitbench.ui.testing.SampleReportFiles;
import com.splitbench.ui.testing.SampleWorkspaces;
import com.splitbench.ui.testing.ScriptedDialogs;
import com.splitbench.ui.testing.UiSnapshots;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableView;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Closing opened reports in the real window with the mouse: with Close report in a report's sidebar menu and with
 * the Close report button of its page (the report commands of the File menu act on the selected report; closing
 * is offered where the report is). The window shows what it showed before the report was selected (another report,
 * or the workspace's experiment), else the start page; the report stays among the recent ones, and it can be opened
 * and closed again.
 */
@ExtendWith(ApplicationExtension.class)
class ReportCloseEndToEndTest {

    @TempDir
    Path folder;

    private TestWorkbench window;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        window = TestWorkbench.show(stage, folder, 800, owner -> new ScriptedDialogs(new FxDialogService(owner)));
        workbench = window.workbench();
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void closesReportsFromTheSidebarMenuAndThePageShowingTheOtherReportThenTheStartPage(FxRobot robot)
            throws Exception {
        Path first = SampleReportFiles.checkout(folder, "checkout.splitreport", Correction.NONE);
        Path second = SampleReportFiles.checkout(folder, "checkout-holm.splitreport", Correction.HOLM);
        open(robot, first);
        open(robot, second);
        assertThat(reports()).extracting(SidebarItem::detail)
                .containsExactly("Ship · checkout.splitreport", "Ship · checkout-holm.splitreport");

        // A right click on the other report selects it; its menu closes it. The report shown before the right click
        // is shown again.
        openSidebarMenu(robot, "Ship · checkout.splitreport");
        robot.clickOn(closeReportMenuItem(robot));
        FxWait.until(30, () -> robot.lookup(".report-view").tryQuery().isPresent());
        waitForFxEvents();
        assertThat(reports()).extracting(SidebarItem::detail).containsExactly("Ship · checkout-holm.splitreport");
        assertThat(selected().detail()).isEqualTo("Ship · checkout-holm.splitreport");
        assertThat(workbench.window().viewModel().centreProperty().get()).isEqualTo(CentreContent.ITEM);
        assertThat(shownReportTable(robot).getItems()).anyMatch(line -> line.pValue().adjusted());
        assertThat(selectedCellDetail(robot)).isEqualTo("Ship · checkout-holm.splitreport");
        UiSnapshots.save(workbench.window().stage().getScene(), "report-closed-other-report-shown");

        // The one shown is closed with its page's button: nothing is open, so the start page is back.
        robot.clickOn(closeReportButton(robot));
        waitForFxEvents();
        assertThat(reports()).isEmpty();
        assertThat(selected()).isNull();
        assertThat(workbench.window().viewModel().centreProperty().get()).isEqualTo(CentreContent.WELCOME);
        assertThat(robot.lookup("#welcomePane").query().isVisible()).isTrue();
        assertThat(robot.lookup(".report-view").tryQuery()).isEmpty();
        assertThat(workbench.window().stage().getTitle()).isEqualTo("Splitbench");
        assertThat(workbench.window().viewModel().isEnabled(ShellCommand.SAVE_REPORT)).isFalse();
        assertThat(workbench.window().viewModel().isEnabled(ShellCommand.EXPORT_CSV)).isFalse();
        assertThat(workbench.window().viewModel().recentReports()).containsExactlyInAnyOrder(first, second);
        UiSnapshots.save(workbench.window().stage().getScene(), "report-closed-start-page");
    }

    @Test
    void closingAReportWithAWorkspaceOpenGoesBackToTheWorkspaceAndItOpensAgain(FxRobot robot) throws Exception {
        Path workspace = SampleWorkspaces.copyInto(folder);
        robot.interact(() -> workbench.window().viewModel().openFromCommandLine(workspace));
        ResultsPages.table(robot, ".experiment-view");
        SidebarItem experiment = selected();
        assertThat(experiment.kind()).isEqualTo(SidebarItem.Kind.EXPERIMENT);
        Path report = SampleReportFiles.checkout(folder, "checkout.splitreport", Correction.HOLM);
        open(robot, report);

        robot.clickOn(closeReportButton(robot));
        FxWait.until(30, () -> robot.lookup(".experiment-view").tryQuery().isPresent());
        waitForFxEvents();
        assertThat(reports()).isEmpty();
        assertThat(selected().key()).isEqualTo(experiment.key());
        assertThat(workbench.window().viewModel().centreProperty().get()).isEqualTo(CentreContent.ITEM);
        assertThat(robot.lookup(".report-view").tryQuery()).isEmpty();
        assertThat(robot.lookup(".experiment-view").query().isVisible()).isTrue();
        assertThat(selectedCellDetail(robot)).isEqualTo(selected().detail());
        assertThat(workbench.window().viewModel().sidebar().getWorkspace().location()).isEqualTo(workspace);
        UiSnapshots.save(workbench.window().stage().getScene(), "report-closed-workspace");

        // Opened again from the recent reports, it gets a fresh page whose Close button works as well.
        robot.interact(() -> workbench.window().viewModel().openRecentReport(report));
        ResultsPages.table(robot, ".report-view");
        assertThat(selected().kind()).isEqualTo(SidebarItem.Kind.REPORT);
        openSidebarMenu(robot, "Ship · checkout.splitreport");
        robot.clickOn(closeReportMenuItem(robot));
        FxWait.until(30, () -> robot.lookup(".experiment-view").tryQuery().isPresent());
        waitForFxEvents();
        assertThat(reports()).isEmpty();
        assertThat(robot.lookup(".report-view").tryQuery()).isEmpty();
        assertThat(selected().key()).isEqualTo(experiment.key());
        assertThat(workbench.window().viewModel().centreProperty().get()).isEqualTo(CentreContent.ITEM);
    }

    /** The results table of the report page in the centre. */
    private static TableView<ResultLine> shownReportTable(FxRobot robot) throws Exception {
        return ResultsPages.table(robot, ".report-view");
    }

    /** The detail line of the row selected in the sidebar's tree: the tree shows what the centre shows. */
    private static String selectedCellDetail(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeView<SidebarNode> tree = robot.lookup("#sidebarTree").queryAs(TreeView.class);
        TreeItem<SidebarNode> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof SidebarNode.Item
                ? ((SidebarNode.Item) item.getValue()).item().detail() : null;
    }

    private void open(FxRobot robot, Path report) throws Exception {
        robot.interact(() -> workbench.window().viewModel().openFromCommandLine(report));
        FxWait.until(30, () -> selected() != null && selected().key().endsWith(
                report.getFileName().toString()) && robot.lookup(".report-view").tryQuery().isPresent());
        ResultsPages.table(robot, ".report-view");
        FxWait.until(30, () -> !workbench.window().tasks().tracker().isBusy());
        waitForFxEvents();
    }

    private List<SidebarItem> reports() {
        return workbench.window().viewModel().sidebar().items(SidebarSection.REPORTS);
    }

    private SidebarItem selected() {
        return workbench.window().viewModel().sidebar().getSelectedItem();
    }

    /** The sidebar row of the report with this detail line ("decision · file name"), scrolled into view. */
    private static Node sidebarCell(FxRobot robot, String detail) {
        @SuppressWarnings("unchecked")
        TreeView<SidebarNode> tree = robot.lookup("#sidebarTree").queryAs(TreeView.class);
        robot.interact(() -> tree.scrollTo(tree.getRow(find(tree.getRoot(), detail))));
        waitForFxEvents();
        return robot.lookup((Node node) -> node instanceof TreeCell
                && ((TreeCell<?>) node).getItem() instanceof SidebarNode.Item
                && ((SidebarNode.Item) ((TreeCell<?>) node).getItem()).item().detail().equals(detail)).query();
    }

    private static TreeItem<SidebarNode> find(TreeItem<SidebarNode> parent, String detail) {
        if (parent.getValue() instanceof SidebarNode.Item
                && ((SidebarNode.Item) parent.getValue()).item().detail().equals(detail)) {
            return parent;
        }
        return parent.getChildren().stream().map(child -> find(child, detail)).filter(Objects::nonNull).findFirst()
                .orElse(null);
    }

    /**
     * Right-clicks the report's sidebar row, then asks for its context menu with the event a desktop platform sends
     * for that click (Monocle, the headless platform, sends the mouse events only).
     */
    private static void openSidebarMenu(FxRobot robot, String detail) {
        Node cell = sidebarCell(robot, detail);
        robot.rightClickOn(cell);
        robot.interact(() -> {
            Bounds bounds = cell.localToScreen(cell.getLayoutBounds());
            double x = bounds.getWidth() / 2;
            double y = bounds.getHeight() / 2;
            Event.fireEvent(cell, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y,
                    bounds.getMinX() + x, bounds.getMinY() + y, false, null));
        });
    }

    /** Close report in the sidebar's context menu, once it shows. */
    private static Node closeReportMenuItem(FxRobot robot) throws Exception {
        Predicate<Node> item = node -> node instanceof Labeled && "Close report".equals(((Labeled) node).getText())
                && node.getScene() != null && node.getScene().getWindow() instanceof ContextMenu;
        FxWait.until(5, () -> robot.lookup(item).tryQuery().isPresent());
        return robot.lookup(item).query();
    }

    private static Node closeReportButton(FxRobot robot) {
        return robot.from(robot.lookup(".report-view").queryAs(Node.class)).lookup((Node node) ->
                node instanceof Button && "Close report".equals(((Button) node).getText())).query();
    }
}
