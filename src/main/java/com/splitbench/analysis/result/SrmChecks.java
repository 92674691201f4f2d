package com.splitbench.analysis.result;

import com.splitbench.spec.ExperimentDefinition;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.srm.SampleRatioMismatch;
import com.splitbench.stats.srm.SrmResult;
import java.util.List;
import java.util.Map;

/** The sample-ratio check of observed users per variant against the experiment's designed weights. */
final class SrmChecks {

    private SrmChecks() {
    }

    static Outcome<SrmResult> check(ExperimentDefinition experiment, List<String> variants, List<Long> users,
            double threshold) {
        if (variants.size() < 2) {
            return Outcome.notComputable("A sample-ratio check needs at least two variants.");
        }
        Map<String, Double> shares = experiment.expectedShares(variants);
        double[] weights = new double[variants.size()];
        long[] observed = new long[variants.size()];
        for (int v = 0; v < variants.size(); v++) {
            weights[v] = shares.get(variants.get(v));
            observed[v] = users.get(v);
            if (!(weights[v] > 0)) {
                return Outcome.notComputable("Variant '" + variants.get(v) + "' has no expected weight; set the "
                        + "weights of every variant in the experiment editor.");
            }
        }
        long total = java.util.Arrays.stream(observed).sum();
        if (total == 0) {
            return Outcome.notComputable("No users to check.");
        }
        return SampleRatioMismatch.test(observed, weights, threshold);
    }
}
