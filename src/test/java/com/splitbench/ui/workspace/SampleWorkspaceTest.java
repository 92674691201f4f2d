package com.splitbench.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.spec.AnalysisSpec;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.sidebar.WorkspaceContents;
import com.splitbench.ui.testing.SampleWorkspaces;
import com.splitbench.workspace.DefinitionRepository;
import com.splitbench.workspace.ExperimentSummary;
import com.splitbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample workspace a first start builds, and what the sidebar lists for it. */
class SampleWorkspaceTest {

    @TempDir
    Path folder;

    @Test
    void holdsTheThreeSampleExperimentsThePerUserTableAndTheirDefinitions() {
        Path location = SampleWorkspaces.copyInto(folder);
        try (Workspace workspace = Workspace.open(location)) {
            assertThat(workspace.eventStore().experiments()).extracting(ExperimentSummary::key)
                    .containsExactlyInAnyOrder("checkout_redesign", "onboarding_flow", "pricing_page",
                            SampleWorkspace.TABLE_EXPERIMENT);
            DefinitionRepository definitions = new DefinitionRepository(workspace);
            AnalysisSpec checkout = definitions.experiment("checkout_redesign").orElseThrow();
            assertThat(checkout.experiment().displayName()).isEqualTo("Checkout redesign");
            assertThat(checkout.metrics()).extracting(m -> m.name()).containsExactly("purchase_rate",
                    "revenue_per_user", "add_to_cart_rate", "orders_per_session", "sessions_per_user");
            assertThat(definitions.metrics()).hasSize(5);
            // sample-data/README.md: 38,999 assignment rows of which 384 exact duplicates; 200,201 event rows, 580.
            assertThat(workspace.imports()).extracting(r -> r.rowsImported())
                    .containsExactly(38_999L - 384, 200_201L - 580, 15_951L);
        }
    }

    @Test
    void theSidebarListsImportsNewestFirstExperimentsByKeyAndTheMetricLibrary() throws Exception {
        Path location = SampleWorkspaces.copyInto(folder);
        try (WorkspaceSession session = new WorkspaceSession()) {
            session.open(location);
            WorkspaceContents contents = session.use(open -> SidebarContents.build(open, Map.of()));

            assertThat(contents.name()).isEqualTo("sample-workspace");
            assertThat(contents.imports()).extracting(SidebarItem::name).containsExactly(
                    "users_checkout_redesign.csv", "events.csv.gz", "assignments.csv.gz");
            assertThat(contents.imports().get(1).detail()).isEqualTo("events · 199,621 rows");
            assertThat(contents.experiments()).extracting(SidebarItem::name).containsExactly("Checkout redesign",
                    "Checkout redesign (per-user table)", "Onboarding flow", "Pricing page anchor");
            assertThat(contents.experiments().get(1).detail()).isEqualTo("3 variants · per-user table");
            assertThat(contents.metrics()).extracting(SidebarItem::key).startsWith("add_to_cart_rate",
                    "orders_per_session").contains("page_view_rate", "purchase_value");
            assertThat(contents.metrics().get(0).detail()).isEqualTo("binary · add_to_cart · saved");
        }
    }

    @Test
    void aSecondOpenOfTheSameFolderKeepsTheWorkspaceOpenAndAnotherFolderReplacesIt() throws Exception {
        Path location = SampleWorkspaces.copyInto(folder);
        try (WorkspaceSession session = new WorkspaceSession()) {
            WorkspaceSession.OpenWorkspace first = session.open(location);
            assertThat(session.open(location)).isSameAs(first);

            Path other = folder.resolve("empty");
            session.create(other);

            assertThat(session.location()).contains(other.toAbsolutePath().normalize());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.use(location.toAbsolutePath()
                    .normalize(), open -> null)).hasMessageContaining("is no longer open");
        }
    }
}
