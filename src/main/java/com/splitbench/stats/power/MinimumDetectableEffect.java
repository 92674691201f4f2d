package com.splitbench.stats.power;

/**
 * The smallest true effect detected with the requested power.
 *
 * @param absolute in metric units (conversion-rate points for proportions)
 * @param relative as a fraction of the baseline
 */
public record MinimumDetectableEffect(double absolute, double relative) {
}
