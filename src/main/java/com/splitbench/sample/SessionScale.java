package com.splitbench.sample;

import java.util.List;

/**
 * Finds the multiplier of the session rate that makes the expected number of event rows per user match a target.
 * The expectation follows the behaviour model in {@link SampleScenario} exactly, apart from the tiny
 * just-before-exposure rate, so realised totals land within about one percent of the target.
 */
final class SessionScale {

    private SessionScale() {
    }

    static double forTarget(SampleSize size) {
        double target = (double) size.events() / size.users();
        if (expectedRowsPerUser(0) >= target) {
            return 0;
        }
        double low = 0;
        double high = 1;
        while (expectedRowsPerUser(high) < target) {
            high *= 2;
        }
        for (int i = 0; i < 60; i++) {
            double middle = (low + high) / 2;
            if (expectedRowsPerUser(middle) < target) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    static double expectedRowsPerUser(double scale) {
        double engaged = SampleScenario.ENGAGED_SHARE;
        double meanActivity = engaged * SampleScenario.ENGAGED_ACTIVITY
                + (1 - engaged) * SampleScenario.CASUAL_ACTIVITY;
        double sessions = 1 + meanActivity * scale
                * (SampleScenario.POST_SESSIONS_PER_ACTIVITY + SampleScenario.PRE_SESSIONS_PER_ACTIVITY);
        double eventsPerSession = 2 + SampleScenario.EXTRA_PAGE_VIEWS_MEAN + SampleScenario.ADD_TO_CART_PER_SESSION;
        double preConversion = engaged * preConversion(SampleScenario.ENGAGED_ACTIVITY,
                SampleScenario.ENGAGED_CONVERSION, scale)
                + (1 - engaged) * preConversion(SampleScenario.CASUAL_ACTIVITY,
                        SampleScenario.CASUAL_CONVERSION, scale);
        double postConversion = SampleScenario.BASE_CONVERSION * experimentConversionMultiplier();
        // A purchase comes with its add_to_cart.
        double purchaseRows = 2 * (1 + SampleScenario.EXTRA_PURCHASES_MEAN) * (preConversion + postConversion);
        return (sessions * eventsPerSession + purchaseRows) * (1 + SampleScenario.DUPLICATE_EVENT_ROW_RATE);
    }

    private static double preConversion(double activity, double multiplier, double scale) {
        double someSession = 1 - Math.exp(-activity * SampleScenario.PRE_SESSIONS_PER_ACTIVITY * scale);
        return someSession * SampleScenario.PRE_CONVERSION * multiplier;
    }

    /** E[product of the variant multipliers] over independent experiment memberships. */
    private static double experimentConversionMultiplier() {
        double product = 1;
        List<ExperimentDesign> experiments = SampleScenario.EXPERIMENTS;
        for (ExperimentDesign design : experiments) {
            double inside = design.variants().stream()
                    .mapToDouble(v -> v.designWeight() * v.conversionMultiplier()).sum();
            product *= 1 - design.eligibility() + design.eligibility() * inside;
        }
        return product;
    }
}
