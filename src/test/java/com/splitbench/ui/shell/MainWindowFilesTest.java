package com.splitbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.SidebarSection;
import com.splitbench.ui.testing.FakeShellActions;
import com.splitbench.ui.testing.SampleSidebar;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Files in and out of the main window: save, export, import, reports, drops and command-line paths. */
class MainWindowFilesTest extends ShellViewModelFixture {

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

    @Test
    void remembersOpenedAndSavedReportsAmongTheRecentOnes() {
        Path opened = folders.resolve("q3.splitreport");
        dialogs.chosenFiles.push(Optional.of(opened));
        model().execute(ShellCommand.OPEN_REPORT);
        model().showWorkspace(SampleSidebar.contents(folders));
        model().select(SampleSidebar.CHECKOUT);
        Path saved = folders.resolve("checkout.splitreport");
        dialogs.chosenFiles.push(Optional.of(saved));

        model().execute(ShellCommand.SAVE_REPORT);

        assertThat(model().recentReports()).containsExactly(saved, opened);
        assertThat(model().recentReportsEnabledProperty().get()).isTrue();
        model().clearRecentReports();
        assertThat(settings.recentReports()).isEmpty();
    }

    @Test
    void aClosedReportLeavesTheSidebarAndTheCentreButStaysAmongTheRecentOnes() {
        SidebarItem report = SidebarItem.report(folders.resolve("q3.splitreport").toString(), "q3", "Ship");
        model().showReport(report);
        assertThat(model().centreProperty().get()).isEqualTo(CentreContent.ITEM);

        model().closeReport(report);

        assertThat(model().sidebar().items(SidebarSection.REPORTS)).isEmpty();
        assertThat(model().sidebar().getSelectedItem()).isNull();
        assertThat(model().centreProperty().get()).isEqualTo(CentreContent.WELCOME);
        assertThat(model().recentReports()).containsExactly(folders.resolve("q3.splitreport"));

        // From the sidebar's context menu, through the actions (here without report services: it is only unlisted).
        model().showReport(report);
        model().closeOpenedReport(report);
        assertThat(model().sidebar().items(SidebarSection.REPORTS)).isEmpty();
        assertThat(model().recentReports()).containsExactly(folders.resolve("q3.splitreport"));
    }

    @Test
    void closingAReportShowsWhatWasShownBeforeItThenTheOtherReportThenTheFirstExperiment() {
        SidebarItem q3 = SidebarItem.report(folders.resolve("q3.splitreport").toString(), "q3", "Ship");
        SidebarItem q4 = SidebarItem.report(folders.resolve("q4.splitreport").toString(), "q4", "Ship");
        model().showWorkspace(SampleSidebar.contents(folders));
        model().select(SampleSidebar.PRICING);
        model().showReport(q3);
        model().showReport(q4);
        model().select(SampleSidebar.PRICING);
        model().select(q4);

        model().closeOpenedReport(q4);
        assertThat(model().sidebar().getSelectedItem()).isEqualTo(SampleSidebar.PRICING);
        assertThat(model().centreProperty().get()).isEqualTo(CentreContent.ITEM);

        // A right click on q3 selects it; closing it goes back to the experiment shown before.
        model().select(q3);
        model().closeOpenedReport(q3);
        assertThat(model().sidebar().getSelectedItem()).isEqualTo(SampleSidebar.PRICING);

        model().showReport(q3);
        model().showReport(q4);
        model().showWorkspace(new com.splitbench.ui.sidebar.WorkspaceContents("shop", folders, List.of(),
                List.of(SampleSidebar.ONBOARDING, SampleSidebar.CHECKOUT), List.of()));
        model().closeOpenedReport(q4);
        assertThat(model().sidebar().getSelectedItem()).as("the report shown before it").isEqualTo(q3);
        model().closeOpenedReport(q3);
        assertThat(model().sidebar().getSelectedItem()).isEqualTo(SampleSidebar.ONBOARDING);
        assertThat(model().centreProperty().get()).isEqualTo(CentreContent.ITEM);
    }

    @Test
    void opensARecentReportAndDropsOneWhoseFileIsGone() throws Exception {
        Path there = java.nio.file.Files.writeString(folders.resolve("there.splitreport"), "{}");
        Path gone = folders.resolve("gone.splitreport");
        settings.rememberReport(gone);
        settings.rememberReport(there);

        model().openRecentReport(there);
        model().openRecentReport(gone);

        assertThat(actions.openedReports).containsExactly(there);
        assertThat(settings.recentReports()).containsExactly(there);
        assertThat(dialogs.errors).singleElement().satisfies(error -> assertThat(error.text())
                .contains(gone + " no longer exists").contains("File ▸ Open report"));
    }

    @Test
    void asksForNoFileWhenTheAuthorCancelsTheSave() {
        model().showWorkspace(SampleSidebar.contents(folders));
        model().select(SampleSidebar.CHECKOUT);
        actions.cancelWrites = true;

        model().execute(ShellCommand.SAVE_REPORT);

        assertThat(dialogs.chooserTitles).isEmpty();
        assertThat(actions.written).isEmpty();
    }

    @Test
    void explainsWhyNothingCanBeSavedYet() {
        model().showWorkspace(SampleSidebar.contents(folders));
        model().select(SampleSidebar.CHECKOUT);
        actions.prepareFailure = new com.splitbench.common.UserFacingException("Checkout is still being analysed.");

        model().execute(ShellCommand.EXPORT_CSV);

        assertThat(dialogs.chooserTitles).isEmpty();
        assertThat(dialogs.errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("The CSV export failed");
            assertThat(error.text()).isEqualTo("Checkout is still being analysed.");
        });
    }

    @Test
    void verifiesOnlyAnOpenedReportWhileAWorkspaceIsOpen() {
        dialogs.chosenFiles.push(Optional.of(folders.resolve("q3.splitreport")));
        model().execute(ShellCommand.OPEN_REPORT);
        assertThat(model().isEnabled(ShellCommand.VERIFY_REPORT)).isFalse();

        model().showWorkspace(SampleSidebar.contents(folders));
        assertThat(model().isEnabled(ShellCommand.VERIFY_REPORT)).isTrue();
        model().execute(ShellCommand.VERIFY_REPORT);
        model().select(SampleSidebar.CHECKOUT);

        assertThat(model().isEnabled(ShellCommand.VERIFY_REPORT)).isFalse();
        assertThat(actions.verified).extracting(item -> item.key())
                .containsExactly(folders.resolve("q3.splitreport").toString());
    }
}
