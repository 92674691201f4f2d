package com.splitbench.spec;

import java.time.Duration;

/**
 * CUPED variance reduction for a metric: the covariate is the same metric measured over {@code lookback} before
 * the user's first exposure (for event metrics), or the metric's covariate column (for column metrics).
 */
public record Cuped(boolean enabled, Duration lookback) {

    public static final Duration DEFAULT_LOOKBACK = Duration.ofDays(14);
    public static final Cuped OFF = new Cuped(false, DEFAULT_LOOKBACK);
    public static final Cuped ON = new Cuped(true, DEFAULT_LOOKBACK);

    public Cuped {
        SpecChecks.requireNonNull(lookback, "CUPED lookback");
        if (lookback.isNegative() || lookback.isZero()) {
            throw new InvalidSpecException("The CUPED pre-exposure window must be positive, got " + lookback + ".");
        }
    }
}
