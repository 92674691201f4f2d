package com.splitbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import com.splitbench.ui.common.FxDialogService;
import com.splitbench.ui.shell.CentreContent;
import com.splitbench.ui.shell.ShellCommand;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.SidebarSection;
import com.splitbench.ui.testing.ConnectionDialogs;
import com.splitbench.ui.testing.FxWait;
import com.splitbench.ui.testing.UiSnapshots;
import com.splitbench.ui.workspace.WorkspaceSourceStore;
import com.splitbench.warehouse.SampleWarehouse;
import com.splitbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Deletes a warehouse source through the real window with the mouse: the source saved with the connection dialog,
 * its page's Delete source button, and the real confirmation dialog, cancelled once and then confirmed. The source
 * leaves the sidebar and the workspace; the workspace stays open.
 */
@ExtendWith(ApplicationExtension.class)
class WarehouseSourceDeleteEndToEndTest {

    @TempDir
    Path folder;

    private TestWorkbench window;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        // The real dialogs: the confirmation is answered by clicking its buttons.
        window = TestWorkbench.show(stage, folder, 800, FxDialogService::new);
        workbench = window.workbench();
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void deletesASourceFromItsPageOnlyOnceTheUserConfirms(FxRobot robot) throws Exception {
        Path workspace = folder.resolve("ws");
        Workspace.create(workspace).close();
        robot.interact(() -> workbench.window().viewModel().openFromCommandLine(workspace));
        FxWait.until(20, () -> workbench.window().viewModel().isEnabled(
                ShellCommand.CONNECT_WAREHOUSE));
        saveSource(robot, SampleWarehouse.copyInto(folder), "dw");
        assertThat(sources()).extracting(SidebarItem::key).containsExactly("dw");
        assertThat(savedNames()).containsExactly("dw");

        robot.clickOn(deleteButton(robot));
        DialogPane confirmation = confirmation(robot);
        assertThat(confirmation.getHeaderText()).isEqualTo("Delete data source");
        assertThat(confirmation.getContentText()).contains("Delete the data source dw from this workspace?");
        UiSnapshots.save(confirmation.getScene(), "warehouse-delete-confirmation");
        robot.clickOn(button(robot, confirmation, "Cancel"));
        FxWait.until(10, this::idle);
        waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(sources()).extracting(SidebarItem::key).containsExactly("dw");
        assertThat(savedNames()).containsExactly("dw");
        assertThat(robot.lookup(".warehouse-page").tryQuery()).isPresent();

        robot.clickOn(deleteButton(robot));
        robot.clickOn(button(robot, confirmation(robot), "Delete"));
        FxWait.until(20, () -> sources().isEmpty() && idle());
        waitForFxEvents();

        assertThat(savedNames()).isEmpty();
        assertThat(workbench.window().viewModel().sidebar().getSelectedItem()).isNull();
        assertThat(robot.lookup(".warehouse-page").tryQuery()).isEmpty();
        assertThat(workbench.window().viewModel().centreProperty().get()).isEqualTo(CentreContent.PICK_ITEM);
        assertThat(workbench.window().viewModel().sidebar().getWorkspace().location()).isEqualTo(workspace);
        assertThat(workbench.window().viewModel().status().messageProperty().get())
                .isEqualTo("Deleted the data source dw");
        UiSnapshots.save(workbench.window().stage().getScene(), "warehouse-source-deleted");
    }

    /** File ▸ Connect to a warehouse, the form filled and saved under {@code name}; its page then shows. */
    private void saveSource(FxRobot robot, String url, String name) throws Exception {
        robot.interact(() -> workbench.window().viewModel().execute(ShellCommand.CONNECT_WAREHOUSE));
        FxWait.until(10, () -> robot.lookup(".connection-dialog").tryQuery().isPresent());
        Node dialog = robot.lookup(".connection-dialog").query();
        ConnectionDialogs.fillForSampleWarehouse(robot, dialog, url);
        ConnectionDialogs.field(robot, dialog, "#nameField", name);
        robot.interact(() -> robot.from(dialog).lookup("#saveButton").queryButton().fire());
        FxWait.until(10, () -> dialog.getScene().getWindow() == null
                || !dialog.getScene().getWindow().isShowing());
        FxWait.until(20, () -> robot.lookup("#deleteButton").tryQuery()
                .map(button -> !button.isDisabled()).orElse(false) && idle());
        waitForFxEvents();
    }

    private static Button deleteButton(FxRobot robot) {
        return robot.lookup(".warehouse-page #deleteButton").queryButton();
    }

    private static DialogPane confirmation(FxRobot robot) throws Exception {
        FxWait.until(10, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        waitForFxEvents();
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static Button button(FxRobot robot, DialogPane pane, String text) {
        return robot.from(pane).lookup((Node node) -> node instanceof Button
                && text.equals(((Button) node).getText())).query();
    }

    private List<SidebarItem> sources() {
        return workbench.window().viewModel().sidebar().items(SidebarSection.SOURCES);
    }

    /** The names saved in the workspace, read back through the window's own session. */
    private List<String> savedNames() throws Exception {
        return WorkspaceSourceStore.ofOpen(workbench.session()).orElseThrow().names();
    }

    private boolean idle() {
        return !workbench.window().tasks().tracker().isBusy();
    }
}
