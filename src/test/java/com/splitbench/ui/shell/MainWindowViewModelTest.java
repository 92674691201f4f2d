package com.splitbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.common.UserFacingException;
import com.splitbench.ui.common.ErrorMessages;
import com.splitbench.ui.common.ErrorReporter;
import com.splitbench.ui.settings.Theme;
import com.splitbench.ui.settings.UiSettings;
import com.splitbench.ui.sidebar.SidebarSection;
import com.splitbench.ui.task.CurrentThreadTaskExecutor;
import com.splitbench.ui.testing.FakeShellActions;
import com.splitbench.ui.testing.SampleSidebar;
import com.splitbench.ui.testing.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's behaviour without a stage: synchronous tasks, scripted dialogs, fake services. */
class MainWindowViewModelTest {

    @TempDir
    Path folders;

    private final FakeShellActions actions = new FakeShellActions();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ErrorReporter errors = new ErrorReporter(dialogs, new ErrorMessages(null));
    private final List<Throwable> unhandled = new ArrayList<>();
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor(unhandled::add);
    private final UiSettings settings = new UiSettings();
    private final List<String> exits = new ArrayList<>();
    private MainWindowViewModel model;

    private MainWindowViewModel model() {
        if (model == null) {
            model = new MainWindowViewModel(actions, tasks, dialogs, errors, settings,
                    new ShellInfo("1.2.3", Path.of("/cfg"), null), () -> exits.add("exit"));
        }
        return model;
    }

    private Path folder(String name) throws Exception {
        return Files.createDirectories(folders.resolve(name));
    }

    @Test
    void startsOnTheWelcomePageTitledSplitbench() {
        assertThat(model().centreProperty().get()).isEqualTo(CentreContent.WELCOME);
        assertThat(model().titleProperty().get()).isEqualTo("Splitbench");
    }

    @Test
    void opensTheChosenWorkspaceRemembersItAndTitlesTheWindow() throws Exception {
        Path shop = folder("shop");
        dialogs.chosenDirectories.push(Optional.of(shop));

        model().execute(ShellCommand.OPEN_WORKSPACE);

        assertThat(actions.openedWorkspaces).containsExactly(shop);
        assertThat(model().sidebar().items(SidebarSection.EXPERIMENTS)).hasSize(3);
        assertThat(model().titleProperty().get()).isEqualTo("shop — Splitbench");
        assertThat(model().centreProperty().get()).isEqualTo(CentreContent.PICK_ITEM);
        assertThat(settings.recentWorkspaces()).containsExactly(shop.toAbsolutePath().normalize());
        assertThat(model().status().messageProperty().get()).isEqualTo("Opened workspace shop");
    }

    @Test
    void createsAWorkspaceInTheChosenFolder() throws Exception {
        Path fresh = folder("fresh");
        dialogs.chosenDirectories.push(Optional.of(fresh));

        model().execute(ShellCommand.NEW_WORKSPACE);

        assertThat(actions.createdWorkspaces).containsExactly(fresh);
        assertThat(model().sidebar().getWorkspace().name()).isEqualTo("fresh");
    }

    @Test
    void doesNothingWhenTheUserCancelsTheFolderChooser() {
        model().execute(ShellCommand.OPEN_WORKSPACE);

        assertThat(actions.openedWorkspaces).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void reportsAFailedOpenAndKeepsItOutOfTheRecentList() throws Exception {
        actions.failure = new UserFacingException("The workspace was written by a newer Splitbench. Update it.");
        dialogs.chosenDirectories.push(Optional.of(folder("new")));

        model().execute(ShellCommand.OPEN_WORKSPACE);

        assertThat(dialogs.errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("The workspace could not be opened");
            assertThat(error.text()).isEqualTo("The workspace was written by a newer Splitbench. Update it.");
        });
        assertThat(settings.recentWorkspaces()).isEmpty();
        assertThat(model().sidebar().getWorkspace()).isNull();
    }

    @Test
    void dropsARecentWorkspaceWhoseFolderIsGone() {
        Path gone = folders.resolve("gone");
        settings.rememberWorkspace(gone);

        model().openRecentWorkspace(gone);

        assertThat(settings.recentWorkspaces()).isEmpty();
        assertThat(dialogs.errors).singleElement()
                .satisfies(error -> assertThat(error.text()).contains("no longer exists"));
        assertThat(actions.openedWorkspaces).isEmpty();
    }

    @Test
    void disablesEveryServiceCommandThisBuildCannotDo() {
        actions.available.clear();
        settings.rememberWorkspace(folders);

        for (ShellCommand command : ShellCommand.NEEDING_SERVICES) {
            assertThat(model().isEnabled(command)).as(command.name()).isFalse();
        }
        assertThat(model().recentWorkspacesEnabledProperty().get()).isFalse();
        assertThat(model().isEnabled(ShellCommand.QUIT)).isTrue();
        assertThat(model().isEnabled(ShellCommand.ABOUT)).isTrue();
    }

    @Test
    void enablesImportOnlyWithAnOpenWorkspaceAndSavingOnlyWithASelectedExperiment() {
        assertThat(model().isEnabled(ShellCommand.IMPORT)).isFalse();
        assertThat(model().isEnabled(ShellCommand.SAVE_REPORT)).isFalse();

        model().showWorkspace(SampleSidebar.contents(folders));
        assertThat(model().isEnabled(ShellCommand.IMPORT)).isTrue();
        model().select(SampleSidebar.PURCHASE_RATE);
        assertThat(model().isEnabled(ShellCommand.SAVE_REPORT)).isFalse();
        model().select(SampleSidebar.CHECKOUT);

        assertThat(model().isEnabled(ShellCommand.SAVE_REPORT)).isTrue();
        assertThat(model().isEnabled(ShellCommand.EXPORT_HTML)).isTrue();
        assertThat(model().isEnabled(ShellCommand.EXPORT_CSV)).isTrue();
        assertThat(model().centreProperty().get()).isEqualTo(CentreContent.ITEM);
    }

    @Test
    void disablesWorkspaceCommandsWhileAWorkspaceIsOpening() throws Exception {
        model().showWorkspace(SampleSidebar.contents(folders));
        List<Boolean> enabledDuringOpen = new ArrayList<>();
        actions.duringWork = () -> {
            enabledDuringOpen.add(model().isEnabled(ShellCommand.OPEN_WORKSPACE));
            enabledDuringOpen.add(model().isEnabled(ShellCommand.NEW_WORKSPACE));
            enabledDuringOpen.add(model().isEnabled(ShellCommand.IMPORT));
            enabledDuringOpen.add(model().recentWorkspacesEnabledProperty().get());
        };
        dialogs.chosenDirectories.push(Optional.of(folder("shop")));

        model().execute(ShellCommand.OPEN_WORKSPACE);

        assertThat(enabledDuringOpen).containsExactly(false, false, false, false);
        assertThat(model().isEnabled(ShellCommand.OPEN_WORKSPACE)).isTrue();
        assertThat(model().isEnabled(ShellCommand.IMPORT)).isTrue();
    }

    @Test
    void savesTheSelectedExperimentAsAReportWhereTheUserChose() {
        model().showWorkspace(SampleSidebar.contents(folders));
        model().select(SampleSidebar.CHECKOUT);
        Path target = folders.resolve("checkout.splitreport");
        dialogs.chosenFiles.push(Optional.of(target));

        model().execute(ShellCommand.SAVE_REPORT);

        assertThat(dialogs.suggestedNames).containsExactly("Checkout button colour.splitreport");
        assertThat(actions.written).containsExactly(
                new FakeShellActions.Written("report", SampleSidebar.CHECKOUT, target));
        assertThat(model().status().messageProperty().get()).isEqualTo("Saved report to " + target);
    }

    @Test
    void exportsHtmlAndCsvOfTheSelectedExperiment() {
        model().showWorkspace(SampleSidebar.contents(folders));
        model().select(SampleSidebar.PRICING);
        dialogs.chosenFiles.push(Optional.of(folders.resolve("p.html")));
        dialogs.chosenFiles.addLast(Optional.of(folders.resolve("p.csv")));

        model().execute(ShellCommand.EXPORT_HTML);
        model().execute(ShellCommand.EXPORT_CSV);

        assertThat(actions.written).extracting(FakeShellActions.Written::action).containsExactly("html", "csv");
    }

    @Test
    void asksForFilesToImportAndHandsThemToTheImporter() {
        model().showWorkspace(SampleSidebar.contents(folders));
        List<Path> files = List.of(folders.resolve("a.csv"), folders.resolve("b.jsonl.gz"));
        dialogs.chosenFileLists.push(files);

        model().execute(ShellCommand.IMPORT);

        assertThat(actions.imports).containsExactly(files);
    }

    @Test
    void opensAReportFromTheMenuIntoTheReportsSection() {
        Path report = folders.resolve("q3.splitreport");
        dialogs.chosenFiles.push(Optional.of(report));

        model().execute(ShellCommand.OPEN_REPORT);

        assertThat(model().sidebar().items(SidebarSection.REPORTS)).hasSize(1);
        assertThat(model().centreProperty().get()).isEqualTo(CentreContent.ITEM);
    }

    @Test
    void routesDroppedReportsToOpenAndEverythingElseToImport() {
        model().showWorkspace(SampleSidebar.contents(folders));
        Path csv = folders.resolve("events.csv");
        Path report = folders.resolve("Q3.SPLITREPORT");

        assertThat(model().acceptsDrop(List.of(csv, report))).isTrue();
        model().onFilesDropped(List.of(csv, report));

        assertThat(actions.openedReports).containsExactly(report);
        assertThat(actions.imports).containsExactly(List.of(csv));
    }

    @Test
    void explainsThatADropNeedsAWorkspaceFirst() {
        model().onFilesDropped(List.of(folders.resolve("events.csv")));

        assertThat(actions.imports).isEmpty();
        assertThat(dialogs.errors).singleElement().satisfies(error -> assertThat(error.text())
                .contains("none is open").contains("File ▸ New workspace"));
    }

    @Test
    void refusesDropsThisBuildCannotHandle() {
        actions.available.clear();

        assertThat(model().acceptsDrop(List.of(folders.resolve("a.csv")))).isFalse();
        assertThat(model().acceptsDrop(List.of())).isFalse();
    }

    @Test
    void switchesAndRemembersTheTheme() {
        model().execute(ShellCommand.DARK_THEME);
        assertThat(settings.getTheme()).isEqualTo(Theme.DARK);
        model().execute(ShellCommand.LIGHT_THEME);
        assertThat(model().themeProperty().get()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void togglesTheSidebar() {
        model().execute(ShellCommand.TOGGLE_SIDEBAR);
        assertThat(model().sidebarVisibleProperty().get()).isFalse();
        model().execute(ShellCommand.TOGGLE_SIDEBAR);
        assertThat(model().sidebarVisibleProperty().get()).isTrue();
    }

    @Test
    void showsTheVersionInAbout() {
        model().execute(ShellCommand.ABOUT);

        assertThat(dialogs.information).singleElement().asString().startsWith("Splitbench 1.2.3")
                .contains("Settings: /cfg");
    }

    @Test
    void listsTheShortcutsFromTheMenus() {
        model().execute(ShellCommand.KEYBOARD_SHORTCUTS);

        assertThat(dialogs.tables).singleElement().satisfies(table -> assertThat(table.rows())
                .contains(List.of("New workspace", "Ctrl+N"), List.of("Import files", "Ctrl+I"),
                        List.of("Save report", "Ctrl+S")));
    }

    @Test
    void quitsAtOnceWhenNothingRuns() {
        assertThat(model().requestQuit()).isTrue();
        assertThat(exits).containsExactly("exit");
        assertThat(dialogs.confirmations).isEmpty();
    }

    @Test
    void enablesCopyOnlyWhenSomethingCopyableHasFocus() {
        assertThat(model().isEnabled(ShellCommand.COPY)).isFalse();
        model().copyTargetFocusedProperty().set(true);
        assertThat(model().isEnabled(ShellCommand.COPY)).isTrue();
    }

    @Test
    void cannotOpenAFileFromTheCommandLineWithoutServices() {
        actions.available.clear();

        model().openFromCommandLine(folders);

        assertThat(dialogs.errors).singleElement().satisfies(error -> assertThat(error.text())
                .contains("cannot open " + folders));
    }

    @Test
    void opensAWorkspaceFolderOrAReportGivenOnTheCommandLine() {
        model().openFromCommandLine(folders);
        model().openFromCommandLine(folders.resolve("x.splitreport"));

        assertThat(actions.openedWorkspaces).containsExactly(folders);
        assertThat(actions.openedReports).containsExactly(folders.resolve("x.splitreport"));
    }

    @Test
    void suggestsFileNamesWithoutCharactersFileSystemsRefuse() {
        assertThat(ServiceCommands.safeFileName("A/B: price <test>?")).isEqualTo("A_B_ price _test__");
        assertThat(ServiceCommands.safeFileName("..")).isEqualTo("experiment");
        assertThat(RecentWorkspacesMenu.label(Path.of("/home/ana/shop"))).isEqualTo("shop — /home/ana");
    }
}
