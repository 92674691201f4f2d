package com.splitbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.common.UserFacingException;
import com.splitbench.ui.settings.Theme;
import com.splitbench.ui.sidebar.SidebarSection;
import com.splitbench.ui.testing.SampleSidebar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The main window's workspace commands, enabled states, theme, help and quitting, without a stage. */
class MainWindowViewModelTest extends ShellViewModelFixture {

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
}
