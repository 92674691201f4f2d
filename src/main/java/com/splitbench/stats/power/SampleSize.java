package com.splitbench.stats.power;

/**
 * A planned sample size.
 *
 * @param perArm units per arm, rounded up
 * @param exact the unrounded solution of the power equation
 */
public record SampleSize(long perArm, double exact) {
}
