package com.splitbench.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.ui.testing.SampleWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace the window shows first, opened and its first experiment analysed while the window is built. */
class FirstResultsPrefetchTest {

    @TempDir
    Path folder;

    private static boolean cached(WorkspaceSession session, String key) throws Exception {
        return session.use(open -> open.analysis().isCached(ExperimentSpecs.of(open.definitions(), key)));
    }

    @Test
    void opensTheWorkspaceAndCachesTheStatisticsOfTheExperimentTheSidebarListsFirst() throws Exception {
        Path location = SampleWorkspaces.copyInto(folder);
        try (WorkspaceSession session = new WorkspaceSession()) {
            FirstResultsPrefetch.run(session, location);

            assertThat(session.location()).contains(location.toAbsolutePath().normalize());
            // The sidebar lists experiments by key: checkout_redesign first (SampleWorkspaceTest).
            assertThat(cached(session, "checkout_redesign")).isTrue();
            assertThat(cached(session, "onboarding_flow")).isFalse();
        }
    }

    @Test
    void onlyOpensAWorkspaceWithMoreEventsThanItMayAnalyseAhead() throws Exception {
        Path location = SampleWorkspaces.copyInto(folder);
        try (WorkspaceSession session = new WorkspaceSession()) {
            FirstResultsPrefetch.run(session, location, 199_620);

            assertThat(session.location()).contains(location.toAbsolutePath().normalize());
            assertThat(cached(session, "checkout_redesign")).isFalse();
        }
    }

    @Test
    void leavesAFolderThatCannotBeOpenedToTheRequestThatFollows() {
        try (WorkspaceSession session = new WorkspaceSession()) {
            FirstResultsPrefetch.run(session, folder.resolve("gone"));

            assertThat(session.location()).isEmpty();
        }
    }
}
