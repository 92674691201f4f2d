package com.splitbench.ui.sidebar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.ui.testing.SampleSidebar;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SidebarViewModelTest {

    private final SidebarViewModel sidebar = new SidebarViewModel();
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
    void closingAReportUnlistsItAndClearsTheCentreOnlyWhenItWasShown() {
        SidebarItem q3 = SidebarItem.report("/r/q3.splitreport", "q3", "");
        SidebarItem q4 = SidebarItem.report("/r/q4.splitreport", "q4", "");
        sidebar.show(SampleSidebar.contents(shop));
        sidebar.showReport(q3);
        sidebar.showReport(q4);
        sidebar.select(SampleSidebar.CHECKOUT);

        sidebar.closeReport(q3);
        assertThat(sidebar.items(SidebarSection.REPORTS)).containsExactly(q4);
        assertThat(sidebar.getSelectedItem()).isEqualTo(SampleSidebar.CHECKOUT);

        sidebar.select(q4);
        // The item as listed may carry another title or decision after a re-save: closing goes by the file.
        sidebar.closeReport(SidebarItem.report("/r/q4.splitreport", "q4 renamed", "Ship"));
        assertThat(sidebar.items(SidebarSection.REPORTS)).isEmpty();
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
