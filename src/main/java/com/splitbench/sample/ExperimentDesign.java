package com.splitbench.sample;

import java.util.List;

/**
 * One planted experiment.
 *
 * @param key          experiment key as written in the exports
 * @param plantedEffect one sentence describing what is true, for the manifest and README
 * @param eligibility  probability that a user enters the experiment
 * @param variants     arms, the first is the control
 * @param losses       planted logging faults (empty for a healthy experiment)
 */
public record ExperimentDesign(
        String key, String plantedEffect, double eligibility, List<VariantDesign> variants,
        List<AssignmentLoss> losses) {

    public ExperimentDesign {
        variants = List.copyOf(variants);
        losses = List.copyOf(losses);
        double total = variants.stream().mapToDouble(VariantDesign::designWeight).sum();
        if (Math.abs(total - 1.0) > 1e-9) {
            throw new IllegalArgumentException("variant weights of " + key + " sum to " + total + ", not 1");
        }
    }

    /** Draws a variant index by design weight from a uniform number in [0, 1). */
    int variantFor(double uniform) {
        double cumulative = 0;
        for (int i = 0; i < variants.size() - 1; i++) {
            cumulative += variants.get(i).designWeight();
            if (uniform < cumulative) {
                return i;
            }
        }
        return variants.size() - 1;
    }

    double lossRate(int variant, Platform platform) {
        String name = variants.get(variant).name();
        return losses.stream()
                .filter(loss -> loss.variant().equals(name) && loss.platform() == platform)
                .mapToDouble(AssignmentLoss::rate)
                .sum();
    }
}
