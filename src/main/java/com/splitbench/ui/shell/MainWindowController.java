package com.splitbench.ui.shell;

import com.splitbench.ui.common.CopyTargets;
import com.splitbench.ui.settings.Theme;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.SidebarNode;
import com.splitbench.ui.sidebar.SidebarTree;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Binds the main window's nodes to {@link MainWindowViewModel} and forwards events to it. Menu labels and
 * accelerators come from {@link ShellCommand}. The sidebar, the recent-workspace menu and file drops have their own
 * small binders.
 */
public final class MainWindowController {

    private final MainWindowViewModel model;
    private final SidebarItemViews views;

    @FXML private BorderPane root;
    @FXML private MenuItem newWorkspaceItem;
    @FXML private MenuItem openWorkspaceItem;
    @FXML private Menu recentWorkspacesMenu;
    @FXML private MenuItem importItem;
    @FXML private MenuItem connectWarehouseItem;
    @FXML private MenuItem openReportItem;
    @FXML private Menu recentReportsMenu;
    @FXML private MenuItem saveReportItem;
    @FXML private MenuItem verifyReportItem;
    @FXML private Menu exportMenu;
    @FXML private MenuItem exportHtmlItem;
    @FXML private MenuItem exportCsvItem;
    @FXML private MenuItem quitItem;
    @FXML private MenuItem copyItem;
    @FXML private CheckMenuItem sidebarItem;
    @FXML private RadioMenuItem lightThemeItem;
    @FXML private RadioMenuItem darkThemeItem;
    @FXML private MenuItem shortcutsItem;
    @FXML private MenuItem aboutItem;
    @FXML private SplitPane splitPane;
    @FXML private VBox sidebarPane;
    @FXML private Label workspaceLabel;
    @FXML private TreeView<SidebarNode> sidebarTree;
    @FXML private VBox welcomePane;
    @FXML private Button welcomeNewButton;
    @FXML private Button welcomeOpenButton;
    @FXML private Button welcomeReportButton;
    @FXML private VBox welcomeRecentBox;
    @FXML private Label welcomeHint;
    @FXML private VBox pickItemPane;
    @FXML private BorderPane itemPane;
    @FXML private Label itemTitle;
    @FXML private Label itemDetail;
    @FXML private Label itemBadge;
    @FXML private StackPane dropOverlay;
    @FXML private Label statusLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Button cancelButton;

    public MainWindowController(MainWindowViewModel model, SidebarItemViews views) {
        this.model = Objects.requireNonNull(model);
        this.views = Objects.requireNonNull(views);
    }

    @FXML
    private void initialize() {
        bindMenus();
        SidebarTree.bind(sidebarTree, model.sidebar(), model::closeOpenedReport);
        workspaceLabel.textProperty().bind(model.sidebar().workspaceProperty().map(w -> w.name())
                .orElse("No workspace open"));
        bindCentre();
        bindStatusBar();
        new RecentWorkspacesMenu(model, recentWorkspacesMenu, welcomeRecentBox).bind();
        new RecentReportsMenu(model, recentReportsMenu).bind();
        new SidebarToggle(splitPane, sidebarPane, model).bind();
        dropOverlay.visibleProperty().bind(model.dropHoveringProperty());
        FileDrops.install(root, model);
        root.sceneProperty().addListener((observable, before, scene) -> followFocus(scene));
    }

    private void bindMenus() {
        Map<ShellCommand, MenuItem> items = new EnumMap<>(ShellCommand.class);
        items.put(ShellCommand.NEW_WORKSPACE, newWorkspaceItem);
        items.put(ShellCommand.OPEN_WORKSPACE, openWorkspaceItem);
        items.put(ShellCommand.IMPORT, importItem);
        items.put(ShellCommand.CONNECT_WAREHOUSE, connectWarehouseItem);
        items.put(ShellCommand.OPEN_REPORT, openReportItem);
        items.put(ShellCommand.SAVE_REPORT, saveReportItem);
        items.put(ShellCommand.VERIFY_REPORT, verifyReportItem);
        items.put(ShellCommand.EXPORT_HTML, exportHtmlItem);
        items.put(ShellCommand.EXPORT_CSV, exportCsvItem);
        items.put(ShellCommand.QUIT, quitItem);
        items.put(ShellCommand.COPY, copyItem);
        items.put(ShellCommand.TOGGLE_SIDEBAR, sidebarItem);
        items.put(ShellCommand.LIGHT_THEME, lightThemeItem);
        items.put(ShellCommand.DARK_THEME, darkThemeItem);
        items.put(ShellCommand.KEYBOARD_SHORTCUTS, shortcutsItem);
        items.put(ShellCommand.ABOUT, aboutItem);
        items.forEach((command, item) -> {
            item.setText(command.label());
            item.setId(command.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-menu-item");
            command.shortcut().ifPresent(item::setAccelerator);
            item.disableProperty().bind(model.enabledProperty(command).not());
        });
        items.forEach((command, item) -> {
            if (command == ShellCommand.COPY) {
                item.setOnAction(event -> CopyTargets.copyFrom(root.getScene().getFocusOwner()));
            } else if (command != ShellCommand.TOGGLE_SIDEBAR) {
                // A check item flips its own state, which the binding below carries to the settings.
                item.setOnAction(event -> model.execute(command));
            }
        });
        exportMenu.disableProperty().bind(exportHtmlItem.disableProperty().and(exportCsvItem.disableProperty()));
        sidebarItem.selectedProperty().bindBidirectional(model.sidebarVisibleProperty());
        model.themeProperty().addListener((observable, before, now) -> showTheme(now));
        showTheme(model.themeProperty().get());
    }

    private void showTheme(Theme theme) {
        lightThemeItem.setSelected(theme == Theme.LIGHT);
        darkThemeItem.setSelected(theme == Theme.DARK);
    }

    private void bindCentre() {
        welcomePane.visibleProperty().bind(model.centreProperty().isEqualTo(CentreContent.WELCOME));
        pickItemPane.visibleProperty().bind(model.centreProperty().isEqualTo(CentreContent.PICK_ITEM));
        itemPane.visibleProperty().bind(model.centreProperty().isEqualTo(CentreContent.ITEM));
        welcomeNewButton.disableProperty().bind(model.enabledProperty(ShellCommand.NEW_WORKSPACE).not());
        welcomeOpenButton.disableProperty().bind(model.enabledProperty(ShellCommand.OPEN_WORKSPACE).not());
        welcomeReportButton.disableProperty().bind(model.enabledProperty(ShellCommand.OPEN_REPORT).not());
        welcomeHint.setText(model.isEnabled(ShellCommand.NEW_WORKSPACE)
                ? "A workspace is a folder that holds your imported data, experiments and metrics. Once one is open, "
                + "drop export files (CSV, TSV, JSON Lines, gzipped or not) onto this window to import them."
                : "This build has no workspace service yet, so workspaces cannot be created or opened.");
        model.sidebar().selectedItemProperty().addListener((observable, before, now) -> showItem(now));
        showItem(model.sidebar().getSelectedItem());
    }

    private void showItem(SidebarItem item) {
        if (item == null) {
            itemPane.setCenter(null);
            return;
        }
        itemTitle.setText(item.name());
        itemDetail.setText(item.detail());
        itemDetail.setManaged(!item.detail().isEmpty());
        itemBadge.setVisible(item.badge() != null);
        itemBadge.getStyleClass().removeIf(style -> style.startsWith("health-") && !style.equals("health-badge"));
        if (item.badge() != null) {
            itemBadge.setText(item.badge().label());
            itemBadge.getStyleClass().add("health-" + item.badge().severity().name().toLowerCase(Locale.ROOT));
            Tooltip tooltip = new Tooltip(item.badge().explanation());
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(360);
            itemBadge.setTooltip(tooltip);
        }
        // The same view for an item whose badge or detail changed stays attached: re-attaching it would lay out and
        // style the whole page again.
        Node view = views.viewFor(item).orElse(null);
        if (itemPane.getCenter() != view) {
            itemPane.setCenter(view);
        }
    }

    private void bindStatusBar() {
        StatusBarViewModel status = model.status();
        statusLabel.textProperty().bind(status.messageProperty());
        progressBar.progressProperty().bind(status.progressProperty());
        progressBar.visibleProperty().bind(status.busyProperty());
        progressBar.managedProperty().bind(status.busyProperty());
        cancelButton.visibleProperty().bind(status.busyProperty());
        cancelButton.managedProperty().bind(status.busyProperty());
        cancelButton.disableProperty().bind(status.cancellableProperty().not());
    }

    private void followFocus(Scene scene) {
        if (scene != null) {
            scene.focusOwnerProperty().addListener((observable, before, owner) ->
                    model.copyTargetFocusedProperty().set(CopyTargets.canCopy(owner)));
        }
    }

    @FXML
    private void onNewWorkspace() {
        model.execute(ShellCommand.NEW_WORKSPACE);
    }

    @FXML
    private void onOpenWorkspace() {
        model.execute(ShellCommand.OPEN_WORKSPACE);
    }

    @FXML
    private void onOpenReport() {
        model.execute(ShellCommand.OPEN_REPORT);
    }

    @FXML
    private void onCancelTask() {
        model.status().cancel();
    }
}
