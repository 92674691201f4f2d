package com.splitbench.ui.workspace;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.ui.sidebar.HealthBadge;

/**
 * What the sidebar says about an experiment once it was analysed: its health badge and its analysed users.
 *
 * @param dataVersion the workspace data version it was computed for
 */
public record ExperimentHealth(HealthBadge badge, long users, long dataVersion) {

    /** The badge from the sample-ratio check and the users seen in more than one variant. */
    public static ExperimentHealth of(AnalysisResult result, long dataVersion) {
        long users = result.statistics().users().stream().mapToLong(Long::longValue).sum();
        return new ExperimentHealth(HealthBadge.forExperiment(result.srmFlagged(),
                result.health().multipleVariantUsers()), users, dataVersion);
    }
}
