package com.splitbench.ui.testing;

import com.splitbench.ui.sidebar.HealthBadge;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.WorkspaceContents;
import java.nio.file.Path;
import java.util.List;

/** A workspace's sidebar as the services might fill it, for tests and snapshots. */
public final class SampleSidebar {

    public static final SidebarItem CHECKOUT = SidebarItem.experiment("checkout-button", "Checkout button colour",
            "2 variants · 48,210 users", HealthBadge.forExperiment(false, 0));
    public static final SidebarItem PRICING = SidebarItem.experiment("pricing-page", "Pricing page, three plans",
            "3 variants · 30,114 users", HealthBadge.forExperiment(true, 0));
    public static final SidebarItem ONBOARDING = SidebarItem.experiment("onboarding-v2", "Onboarding v2",
            "2 variants · 12,877 users", HealthBadge.forExperiment(false, 37));
    public static final SidebarItem ASSIGNMENTS = SidebarItem.importedFile("import-1", "assignments.csv",
            "91,201 rows · 2026-03-02");
    public static final SidebarItem EVENTS = SidebarItem.importedFile("import-2", "events.jsonl.gz",
            "1,204,554 rows · 2026-03-02");
    public static final SidebarItem PURCHASE_RATE = SidebarItem.metric("purchase_rate", "purchase_rate",
            "binary · higher is better");
    public static final SidebarItem REVENUE = SidebarItem.metric("purchase_value", "purchase_value",
            "mean · higher is better");

    private SampleSidebar() {
    }

    public static WorkspaceContents contents(Path location) {
        return new WorkspaceContents(location.getFileName().toString(), location, List.of(ASSIGNMENTS, EVENTS),
                List.of(CHECKOUT, PRICING, ONBOARDING), List.of(PURCHASE_RATE, REVENUE));
    }
}
