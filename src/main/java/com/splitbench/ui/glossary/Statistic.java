package com.splitbench.ui.glossary;

import java.util.Locale;

/** The statistics the results views show, each with a plain-words explanation in {@code glossary.properties}. */
public enum Statistic {
    P_VALUE("p-value"),
    ADJUSTED_P_VALUE("p-value (adj.)"),
    CONFIDENCE_INTERVAL("CI"),
    RELATIVE_LIFT("Relative lift"),
    ABSOLUTE_DIFFERENCE("Absolute difference"),
    CHANCE_TO_WIN("Chance to win"),
    SRM("SRM"),
    CUPED("CUPED"),
    SEQUENTIAL("Sequential"),
    USERS("Users"),
    CONTROL_VALUE("Control"),
    VARIANT_VALUE("Variant value"),
    CORRECTION("Correction"),
    BAYESIAN("Bayesian"),
    SAMPLE_SIZE("Sample size"),
    MINIMUM_DETECTABLE_EFFECT("MDE"),
    POWER("Power"),
    DAYS_REMAINING("Days left");

    private final String shortName;

    Statistic(String shortName) {
        this.shortName = shortName;
    }

    /** The column title or label it usually has. */
    public String shortName() {
        return shortName;
    }

    /** The key of its explanation in the resource bundle, e.g. {@code p_value}. */
    String bundleKey() {
        return name().toLowerCase(Locale.ROOT);
    }
}
