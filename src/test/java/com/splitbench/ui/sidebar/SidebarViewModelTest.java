package com.splitbench.ui.sidebar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.ui.testing.SampleSidebar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class SidebarViewModelTest {

    private final SidebarViewModel sidebar = new SidebarViewModel();
    private static final SidebarItem Q3 = SidebarItem.report("/r/q3.splitreport", "q3", "");
    private static final SidebarItem Q4 = SidebarItem.report("/r/q4.splitreport", "q4", "");

    private final Path shop = Path.of("/w/shop");

    @Test
    void listsEachKindInItsSection() {
        sidebar.show(SampleSidebar.contents(shop));

        assertThat(sidebar.items(SidebarSection.DATA)).containsExactly(SampleSidebar.ASSIGNMENTS, SampleSidebar.EVENTS);
        assertThat(sidebar.items(SidebarSection.EXPERIMENTS)).hasSize(3);
        assertThat(sidebar.items(SidebarSection.METRICS)).hasSize(2);
        assertThat(sidebar.items(SidebarSection.REPORTS)).isEmpty();
    }

    @Test
    void keepsTheSelectionWhenTheSameWorkspaceIsRefreshed() {
        sidebar.show(SampleSidebar.contents(shop));
        sidebar.select(SampleSidebar.PRICING);
        SidebarItem refreshed = SidebarItem.experiment("pricing-page", "Pricing page, three plans",
                "3 variants · 31,002 users", HealthBadge.forExperiment(true, 0));

        sidebar.show(new WorkspaceContents("shop", shop, List.of(), List.of(refreshed), List.of()));

        assertThat(sidebar.getSelectedItem()).isEqualTo(refreshed);
    }

    @Test
    void changesOnlyTheSectionsWhoseItemsChanged() {
        sidebar.show(SampleSidebar.contents(shop));
        List<SidebarSection> changed = new ArrayList<>();
        for (SidebarSection section : SidebarSection.values()) {
            sidebar.items(section).addListener((ListChangeListener<SidebarItem>) change -> changed.add(section));
        }
        // A health badge arriving: the same workspace, one experiment's badge and detail changed.
        SidebarItem checked = SidebarItem.experiment("pricing-page", "Pricing page, three plans",
                "3 variants · 30,114 users", HealthBadge.forExperiment(false, 0));

        sidebar.show(new WorkspaceContents("shop", shop, List.of(SampleSidebar.ASSIGNMENTS, SampleSidebar.EVENTS),
                List.of(SampleSidebar.CHECKOUT, checked, SampleSidebar.ONBOARDING),
                List.of(SampleSidebar.PURCHASE_RATE, SampleSidebar.REVENUE)));

        assertThat(changed).containsExactly(SidebarSection.EXPERIMENTS);
        assertThat(sidebar.items(SidebarSection.EXPERIMENTS)).contains(checked);
    }

    @Test
    void dropsTheSelectionWhenTheItemIsGoneOrAnotherWorkspaceOpens() {
        sidebar.show(SampleSidebar.contents(shop));
        sidebar.select(SampleSidebar.PRICING);
        sidebar.show(new WorkspaceContents("shop", shop, List.of(), List.of(SampleSidebar.CHECKOUT), List.of()));
        assertThat(sidebar.getSelectedItem()).isNull();

        sidebar.select(SampleSidebar.CHECKOUT);
        sidebar.show(SampleSidebar.contents(Path.of("/w/other")));
        assertThat(sidebar.getSelectedItem()).isNull();
    }

    @Test
    void closingAReportThatIsNotShownUnlistsItAndKeepsTheCentre() {
        sidebar.show(SampleSidebar.contents(shop));
        sidebar.showReport(Q3);
        sidebar.showReport(Q4);
        sidebar.select(SampleSidebar.CHECKOUT);

        sidebar.closeReport(Q3);

        assertThat(sidebar.items(SidebarSection.REPORTS)).containsExactly(Q4);
        assertThat(sidebar.getSelectedItem()).isEqualTo(SampleSidebar.CHECKOUT);
    }

    @Test
    void closingTheShownReportGoesBackToTheItemShownBeforeIt() {
        sidebar.show(SampleSidebar.contents(shop));
        sidebar.showReport(Q3);
        sidebar.select(SampleSidebar.PRICING);
        sidebar.showReport(Q4);

        // The item as listed may carry another title or decision after a re-save: closing goes by the file.
        sidebar.closeReport(SidebarItem.report("/r/q4.splitreport", "q4 renamed", "Ship"));

        assertThat(sidebar.items(SidebarSection.REPORTS)).containsExactly(Q3);
        assertThat(sidebar.getSelectedItem()).isEqualTo(SampleSidebar.PRICING);
    }

    @Test
    void closingAReportRightClickedWhileAnotherWasShownShowsTheOtherAgain() {
        sidebar.showReport(Q3);
        sidebar.showReport(Q4);
        // A right click on q3 in the sidebar selects it before its menu offers Close report.
        sidebar.select(Q3);

        sidebar.closeReport(Q3);

        assertThat(sidebar.items(SidebarSection.REPORTS)).containsExactly(Q4);
        assertThat(sidebar.getSelectedItem()).isEqualTo(Q4);
    }

    @Test
    void showsTheItemShownBeforeAsItIsListedNow() {
        sidebar.show(SampleSidebar.contents(shop));
        sidebar.select(SampleSidebar.PRICING);
        sidebar.showReport(Q3);
        SidebarItem refreshed = SidebarItem.experiment("pricing-page", "Pricing page, three plans",
                "3 variants · 31,002 users", HealthBadge.forExperiment(true, 0));
        sidebar.show(new WorkspaceContents("shop", shop, List.of(), List.of(SampleSidebar.CHECKOUT, refreshed),
                List.of()));

        sidebar.closeReport(Q3);

        assertThat(sidebar.getSelectedItem()).isSameAs(refreshed);
    }

    @Test
    void showsTheNextOpenReportWhenTheItemShownBeforeIsGone() {
        sidebar.show(SampleSidebar.contents(shop));
        sidebar.showReport(Q3);
        sidebar.showReport(Q4);
        sidebar.select(SampleSidebar.CHECKOUT);
        sidebar.select(Q3);
        // The experiment shown before q3 is no longer in the workspace after a refresh.
        sidebar.show(new WorkspaceContents("shop", shop, List.of(), List.of(SampleSidebar.PRICING), List.of()));

        sidebar.closeReport(Q3);

        assertThat(sidebar.items(SidebarSection.REPORTS)).containsExactly(Q4);
        assertThat(sidebar.getSelectedItem()).isEqualTo(Q4);
    }

    @Test
    void showsTheReportListedAfterTheClosedOneOrBeforeItWhenItWasLast() {
        SidebarItem q5 = SidebarItem.report("/r/q5.splitreport", "q5", "");
        sidebar.showReport(Q3);
        sidebar.showReport(Q4);
        sidebar.showReport(q5);
        sidebar.select(null);
        sidebar.select(Q4);
        sidebar.select(null);

        // Nothing is shown and the last one shown is the report closed: the one after it takes its place.
        sidebar.closeReport(Q4);
        assertThat(sidebar.getSelectedItem()).isEqualTo(q5);

        sidebar.select(null);
        sidebar.closeReport(q5);
        assertThat(sidebar.getSelectedItem()).isEqualTo(Q3);
    }

    @Test
    void showsTheWorkspacesFirstExperimentWhenNoOtherReportIsOpen() {
        sidebar.showReport(Q3);
        sidebar.show(SampleSidebar.contents(shop));
        sidebar.select(SampleSidebar.ASSIGNMENTS);
        sidebar.select(Q3);
        sidebar.show(new WorkspaceContents("shop", shop, List.of(), List.of(SampleSidebar.PRICING,
                SampleSidebar.CHECKOUT), List.of()));

        sidebar.closeReport(Q3);

        assertThat(sidebar.items(SidebarSection.REPORTS)).isEmpty();
        assertThat(sidebar.getSelectedItem()).isEqualTo(SampleSidebar.PRICING);
    }

    @Test
    void selectsNothingWhenTheLastReportClosesWithoutAWorkspace() {
        sidebar.showReport(Q3);

        sidebar.closeReport(Q3);

        assertThat(sidebar.items(SidebarSection.REPORTS)).isEmpty();
        assertThat(sidebar.getSelectedItem()).isNull();
    }

    @Test
    void selectsNothingWhenTheLastReportClosesInAWorkspaceWithoutExperiments() {
        sidebar.show(new WorkspaceContents("empty", shop, List.of(SampleSidebar.ASSIGNMENTS), List.of(), List.of()));
        sidebar.showReport(Q3);

        sidebar.closeReport(Q3);

        assertThat(sidebar.getSelectedItem()).isNull();
    }

    @Test
    void keepsOpenedReportsAcrossWorkspaces() {
        SidebarItem report = SidebarItem.report("/r/q3.splitreport", "q3", "");
        sidebar.showReport(report);
        sidebar.showReport(report);

        sidebar.show(SampleSidebar.contents(shop));

        assertThat(sidebar.items(SidebarSection.REPORTS)).containsExactly(report);
        assertThat(sidebar.getSelectedItem()).isEqualTo(report);
    }

    @Test
    void selectsNothingForAnItemThatIsNotListed() {
        sidebar.show(SampleSidebar.contents(shop));

        sidebar.select(SidebarItem.metric("unknown", "unknown", ""));

        assertThat(sidebar.getSelectedItem()).isNull();
    }

    @Test
    void refusesToShowANonReportAsAReport() {
        assertThatThrownBy(() -> sidebar.showReport(SampleSidebar.CHECKOUT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workspaceContentsRejectItemsInTheWrongSection() {
        assertThatThrownBy(() -> new WorkspaceContents("w", shop, List.of(SampleSidebar.CHECKOUT), List.of(),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Checkout");
    }

    @Test
    void anEmptyWorkspaceIsNamedAfterItsFolder() {
        assertThat(WorkspaceContents.empty(Path.of("/data/shop-tests")).name()).isEqualTo("shop-tests");
    }
}
