package com.splitbench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Relative-tolerance assertions for numeric tests. */
public final class Close {

    private Close() {
    }

    /** Asserts |actual - expected| &le; tolerance |expected| (and exact equality when expected is 0). */
    public static void relative(double actual, double expected, double tolerance) {
        assertThat(actual).as("expected %s within %s relative", expected, tolerance)
                .isCloseTo(expected, within(Math.abs(expected) * tolerance));
    }

    /** Asserts |actual - expected| &le; tolerance. */
    public static void absolute(double actual, double expected, double tolerance) {
        assertThat(actual).as("expected %s within %s absolute", expected, tolerance)
                .isCloseTo(expected, within(tolerance));
    }
}
