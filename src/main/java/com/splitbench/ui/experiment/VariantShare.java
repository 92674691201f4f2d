package com.splitbench.ui.experiment;

import com.splitbench.analysis.result.AnalysisResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A variant's users against the planned split, for the overview's table.
 *
 * @param share         the variant's share of the analysed users
 * @param planned       its planned share (from the experiment's weights)
 * @param expectedUsers what the planned share gives for the analysed users
 * @param difference    users minus expected users
 */
public record VariantShare(String variant, long users, double share, double planned, double expectedUsers,
                           double difference) {

    public static List<VariantShare> of(AnalysisResult result) {
        List<String> variants = result.variants();
        List<Long> users = result.statistics().users();
        long total = users.stream().mapToLong(Long::longValue).sum();
        Map<String, Double> planned = result.spec().experiment().expectedShares(variants);
        List<VariantShare> shares = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            double plannedShare = planned.getOrDefault(variants.get(v), 0.0);
            double expected = plannedShare * total;
            shares.add(new VariantShare(variants.get(v), users.get(v), total == 0 ? Double.NaN
                    : (double) users.get(v) / total, plannedShare, expected, users.get(v) - expected));
        }
        return shares;
    }
}
