package com.splitbench.sample;

import java.util.List;

/**
 * The true population values the scenario plants, for the manifest: conversion rates and mean purchase values by
 * variant. Memberships of different experiments are independent, so a variant's value is its own multiplier
 * times the expected multiplier of every other experiment.
 */
final class PlantedTruth {

    private PlantedTruth() {
    }

    /** Probability that a user of this variant purchases at least once after exposure. */
    static double conversionRate(int experiment, int variant) {
        double rate = SampleScenario.BASE_CONVERSION
                * SampleScenario.EXPERIMENTS.get(experiment).variants().get(variant).conversionMultiplier();
        List<ExperimentDesign> experiments = SampleScenario.EXPERIMENTS;
        for (int k = 0; k < experiments.size(); k++) {
            if (k != experiment) {
                rate *= expectedMultiplier(experiments.get(k), true);
            }
        }
        return rate;
    }

    /** Expected value of one post-exposure purchase of a user of this variant, whales included. */
    static double meanPurchaseValue(int experiment, int variant) {
        double value = SampleScenario.meanPurchaseValue()
                * SampleScenario.EXPERIMENTS.get(experiment).variants().get(variant).revenuePerPurchaseMultiplier();
        List<ExperimentDesign> experiments = SampleScenario.EXPERIMENTS;
        for (int k = 0; k < experiments.size(); k++) {
            if (k != experiment) {
                value *= expectedMultiplier(experiments.get(k), false);
            }
        }
        return value;
    }

    /** Expected revenue per exposed user: conversion x purchases per converter x value per purchase. */
    static double revenuePerUser(int experiment, int variant) {
        return conversionRate(experiment, variant) * (1 + SampleScenario.EXTRA_PURCHASES_MEAN)
                * meanPurchaseValue(experiment, variant);
    }

    private static double expectedMultiplier(ExperimentDesign design, boolean conversion) {
        double inside = design.variants().stream()
                .mapToDouble(v -> v.designWeight()
                        * (conversion ? v.conversionMultiplier() : v.revenuePerPurchaseMultiplier()))
                .sum();
        return 1 - design.eligibility() + design.eligibility() * inside;
    }
}
