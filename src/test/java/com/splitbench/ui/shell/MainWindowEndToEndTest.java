package com.splitbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import atlantafx.base.theme.PrimerDark;
import com.splitbench.common.UserFacingException;
import com.splitbench.ui.common.FxDialogService;
import com.splitbench.ui.settings.Theme;
import com.splitbench.ui.settings.UiSettingsStore;
import com.splitbench.ui.task.AppExecutor;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.TaskState;
import com.splitbench.ui.testing.FakeShellActions;
import com.splitbench.ui.testing.FxWait;
import com.splitbench.ui.testing.SampleSidebar;
import com.splitbench.ui.testing.ScriptedDialogs;
import com.splitbench.ui.testing.UiSnapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.table.TableClipboard;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window headless: menus by keyboard, theme, drops, a cancelled task, errors, quitting. */
@ExtendWith(ApplicationExtension.class)
class MainWindowEndToEndTest {

    @TempDir
    Path config;
    @TempDir
    Path workspaces;

    private final FakeShellActions actions = new FakeShellActions();
    private ScriptedDialogs dialogs;
    private AppExecutor executor;
    private ShellWindow window;

    @Start
    void start(Stage stage) {
        executor = new AppExecutor(2);
        window = ShellWindow.builder(new UiSettingsStore(config), executor)
                .actions(tasks -> actions)
                .views(item -> item.kind() == SidebarItem.Kind.EXPERIMENT
                        ? Optional.of(variantsTable()) : Optional.empty())
                .dialogs(owner -> {
                    dialogs = new ScriptedDialogs(new FxDialogService(owner));
                    return dialogs;
                })
                .info(new ShellInfo("9.9.9-test", config, config.resolve("logs/splitbench-0.log")))
                .build(stage);
        window.settings().setTheme(Theme.LIGHT);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.stage().close()).get(5, TimeUnit.SECONDS);
        executor.close();
    }

    @Test
    void opensAWorkspaceWithTheKeyboardAndListsItsDataExperimentsAndMetrics(FxRobot robot) throws Exception {
        Path folder = Files.createDirectory(workspaces.resolve("shop-tests"));
        dialogs.chosenDirectories.push(Optional.of(folder));

        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitFor(5, TimeUnit.SECONDS, () -> window.viewModel().sidebar().getWorkspace() != null);
        waitForFxEvents();

        assertThat(actions.openedWorkspaces).containsExactly(folder);
        assertThat(actions.workerThreadName).startsWith("splitbench-worker-");
        assertThat(window.stage().getTitle()).isEqualTo("shop-tests — Splitbench");
        TreeView<?> tree = robot.lookup("#sidebarTree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).hasSize(3);
        assertThat(window.settings().recentWorkspaces()).containsExactly(folder.toAbsolutePath().normalize());
        robot.interact(() -> window.viewModel().select(SampleSidebar.PRICING));
        waitForFxEvents();
        assertThat(robot.lookup("#itemTitle").queryAs(Label.class).getText()).isEqualTo("Pricing page, three plans");
        assertThat(robot.lookup("#itemBadge").queryAs(Label.class).getText()).isEqualTo("SRM");
        UiSnapshots.save(window.stage().getScene(), "main-window-light");
    }

    @Test
    void switchesToTheDarkThemeFromTheViewMenuAndRemembersIt(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().showWorkspace(SampleSidebar.contents(workspaces)));
        robot.interact(() -> window.viewModel().select(SampleSidebar.CHECKOUT));

        robot.clickOn("View").clickOn("Dark theme");
        waitForFxEvents();

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        waitFor(5, TimeUnit.SECONDS, () -> Files.exists(config.resolve("settings.json"))
                && Files.readString(config.resolve("settings.json")).contains("\"DARK\""));
        UiSnapshots.save(window.stage().getScene(), "main-window-dark");
        robot.interact(() -> window.viewModel().execute(ShellCommand.LIGHT_THEME));
    }

    @Test
    void sendsDroppedExportsToTheImporterAndOpensDroppedReports(FxRobot robot) {
        robot.interact(() -> window.viewModel().showWorkspace(SampleSidebar.contents(workspaces)));
        Path export = workspaces.resolve("events.csv");
        Path report = workspaces.resolve("q3.splitreport");

        robot.interact(() -> window.viewModel().onFilesDropped(List.of(export, report)));

        assertThat(actions.imports).containsExactly(List.of(export));
        assertThat(actions.openedReports).containsExactly(report);
        assertThat(window.viewModel().sidebar().getSelectedItem().name()).isEqualTo("q3.splitreport");
    }

    @Test
    void cancelsARunningTaskFromTheStatusBar(FxRobot robot) throws Exception {
        BackgroundTask<Integer> task = BackgroundTask.of("Counting to forever", context -> {
            int i = 0;
            while (!context.isCancelled()) {
                context.updateProgress(i++ % 100, 100);
                context.updateMessage("Counted " + i);
                Thread.sleep(5);
            }
            return i;
        });
        robot.interact(() -> window.tasks().execute(task));
        FxWait.until(5, () -> robot.lookup("#cancelButton").queryButton().isVisible()
                && robot.lookup("#statusLabel").queryAs(Label.class).getText().startsWith("Counted"));
        UiSnapshots.save(window.stage().getScene(), "status-bar-busy");

        robot.clickOn("#cancelButton");
        waitFor(5, TimeUnit.SECONDS, () -> task.getState() == TaskState.CANCELLED);
        waitForFxEvents();

        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("Cancelled: Counting to forever");
        assertThat(robot.lookup("#cancelButton").queryAs(Button.class).isVisible()).isFalse();
    }

    @Test
    void showsAShortErrorDialogWithoutAStackTraceWhenAWorkspaceCannotBeOpened(FxRobot robot) throws Exception {
        Path folder = Files.createDirectory(workspaces.resolve("locked"));
        actions.failure = new UserFacingException("The workspace " + folder + " is open in another Splitbench "
                + "window. Close that window, then try again.");
        dialogs.chosenDirectories.push(Optional.of(folder));

        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitFor(5, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        waitForFxEvents();

        DialogPane pane = robot.lookup(".error-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("The workspace could not be opened");
        assertThat(pane.getContentText()).contains("open in another Splitbench window").doesNotContain("Exception");
        UiSnapshots.save(pane.getScene(), "error-dialog");
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        assertThat(window.settings().recentWorkspaces()).isEmpty();
    }

    @Test
    void quitsWithCtrlQAndRemembersTheWindowPlace(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.stage().setX(40);
            window.stage().setY(30);
            window.stage().setWidth(900);
            window.stage().setHeight(640);
        });

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        waitForFxEvents();

        assertThat(window.stage().isShowing()).isFalse();
        String saved = Files.readString(config.resolve("settings.json"));
        assertThat(saved).contains("\"width\" : 900.0").contains("\"x\" : 40.0");
    }

    @Test
    void asksBeforeQuittingWhileWorkIsRunningAndStaysWhenTheUserSaysNo(FxRobot robot) throws Exception {
        BackgroundTask<Void> task = BackgroundTask.of("Importing events.csv", context -> {
            while (!context.isCancelled()) {
                Thread.sleep(5);
            }
            return null;
        });
        robot.interact(() -> window.tasks().execute(task));
        dialogs.confirmAnswers.push(false);

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        waitForFxEvents();

        assertThat(dialogs.confirmations).singleElement().asString().contains("Importing events.csv");
        assertThat(window.stage().isShowing()).isTrue();
        task.cancel();
        waitFor(5, TimeUnit.SECONDS, () -> task.getState() == TaskState.CANCELLED);
    }

    @Test
    void showsTheKeyboardShortcutsWithF1(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        waitForFxEvents();

        assertThat(dialogs.tables).singleElement().satisfies(table -> assertThat(table.rows())
                .contains(List.of("Open workspace", "Ctrl+O"), List.of("Quit", "Ctrl+Q")));
        Window shortcuts = robot.listTargetWindows().stream().filter(w -> w != window.stage()
                && w instanceof Stage && "Keyboard shortcuts".equals(((Stage) w).getTitle())).findFirst()
                .orElseThrow();
        UiSnapshots.save(shortcuts.getScene(), "keyboard-shortcuts");
        robot.interact(() -> ((Stage) shortcuts).close());
    }

    @Test
    void hidesAndShowsTheSidebarWithCtrlBKeepingItsWidth(FxRobot robot) {
        javafx.scene.control.SplitPane split = robot.lookup("#splitPane").queryAs(javafx.scene.control.SplitPane.class);
        javafx.scene.Node sidebar = robot.lookup("#sidebarPane").query();
        double width = sidebar.getBoundsInParent().getWidth();
        assertThat(width).isEqualTo(290.0);

        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        waitForFxEvents();
        assertThat(split.getItems()).doesNotContain(sidebar);
        assertThat(window.settings().sidebarVisibleProperty().get()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        waitForFxEvents();
        assertThat(split.getItems()).startsWith(sidebar);
        assertThat(sidebar.getBoundsInParent().getWidth()).isEqualTo(width);
    }

    @Test
    void copiesTheFocusedTableInTheCentreWithEditCopy(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().showWorkspace(SampleSidebar.contents(workspaces)));
        robot.interact(() -> window.viewModel().select(SampleSidebar.CHECKOUT));
        assertThat(window.viewModel().isEnabled(ShellCommand.COPY)).isFalse();

        robot.clickOn(robot.lookup(".table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        assertThat(window.viewModel().isEnabled(ShellCommand.COPY)).isTrue();
        robot.clickOn("Edit").clickOn("Copy");
        waitForFxEvents();

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
                .get(5, TimeUnit.SECONDS);
        assertThat(copied).isEqualTo("Variant\tUsers\tConversion\ntreatment\t24108\t0.0291033011\n");
    }

    private static TableView<List<Object>> variantsTable() {
        TableView<List<Object>> table = new TableView<>(FXCollections.observableArrayList(List.of(
                List.<Object>of("control", 24102L, 0.026566872181105615),
                List.<Object>of("treatment", 24108L, 0.0291033011))));
        String[] titles = {"Variant", "Users", "Conversion"};
        for (int i = 0; i < titles.length; i++) {
            int index = i;
            TableColumn<List<Object>, Object> column = new TableColumn<>(titles[i]);
            column.setCellValueFactory(data -> new SimpleObjectProperty<>(data.getValue().get(index)));
            table.getColumns().add(column);
        }
        TableClipboard.install(table);
        return table;
    }

    @Test
    void startsOnTheWelcomePage(FxRobot robot) {
        assertThat(robot.lookup("#welcomePane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#welcomeNewButton").queryButton().isDisabled()).isFalse();
        UiSnapshots.save(window.stage().getScene(), "welcome");
    }
}
