package com.splitbench.sample;

/**
 * One arm of a planted experiment.
 *
 * @param name                      variant name as written in the exports
 * @param designWeight              share of the experiment's users the design assigns to it (weights sum to 1)
 * @param conversionMultiplier      planted multiplier of the post-exposure purchase probability (1 = no effect)
 * @param revenuePerPurchaseMultiplier planted multiplier of every purchase value (1 = no effect)
 */
public record VariantDesign(
        String name, double designWeight, double conversionMultiplier, double revenuePerPurchaseMultiplier) {

    static VariantDesign neutral(String name, double weight) {
        return new VariantDesign(name, weight, 1.0, 1.0);
    }
}
